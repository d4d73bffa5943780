import csv, random, re, sys
HEALTH = re.compile(r"nurs|midwi|doctor|\bdr\b|physician|\bm\.?d\b|\bgp\b|dietit|dietic|nutritionist|\brn\b|\brd\b|health|\bnhs\b|hospital|medic|clinic|research|professor|\bphd\b|consultant|surgeon|therap|pharmac|patient|carer|caregiver|charit|foundation|journalist|editor|reporter|\bceo\b|chief exec|director|manager|commission|trust\b|scientist|academic|lecturer", re.I)
def accounts(f):
    acc = {}
    with open(f, newline='', encoding='utf-8') as fh:
        for r in csv.DictReader(fh):
            h = r['trackback_author_nick']; d = r['description']
            if not h or not d or d == 'None' or not d.strip(): continue
            pid = int(re.search(r'/status(?:es)?/(\d+)', r['trackback_permalink'] or '').group(1)) if re.search(r'/status(?:es)?/(\d+)', r['trackback_permalink'] or '') else int(r['id'])
            k = h.lower()
            if k not in acc or pid > acc[k][0]: acc[k] = (pid, h, d)
    return {k: (v[1], v[2]) for k, v in acc.items()}
cancer = accounts('cancerchat-2014.csv'); celiac = accounts('celiac-2014.csv')
rng = random.Random(2014)
chosen = [('cancerchat', k) for k in sorted(cancer)]
rest = sorted(k for k in celiac if k not in cancer)
health = [k for k in rest if HEALTH.search(celiac[k][1])]
other = [k for k in rest if not HEALTH.search(celiac[k][1])]
print(len(health), len(other), file=sys.stderr)
chosen += [('celiac-health', k) for k in rng.sample(health, int(sys.argv[1]))]
chosen += [('celiac-other', k) for k in rng.sample(other, int(sys.argv[2]))]
ROLEWORDS = re.compile(r"nurs|midwi|doctor|\bdr\b|physician|\bm\.?d\b|\bgp\b|surgeon|\brn\b|\bceo\b|chief exec|director|\bchair|board|commission|manager", re.I)
taken = {k for _, k in chosen}
roleword = sorted(k for k in rest if k not in taken and ROLEWORDS.search(celiac[k][1]))
chosen += [('celiac-roleword', k) for k in rng.sample(roleword, int(sys.argv[3]))]
w = csv.writer(sys.stdout)
w.writerow(['stratum','handle','bio'])
for s, k in chosen:
    h, d = (cancer if s == 'cancerchat' else celiac)[k]
    w.writerow([s, h, ' '.join(d.split())])
