# Draws a further hold-out from accounts not yet in labelled-bios.csv, with the strata of sample.py.
# Usage (in the directory holding the two CSVs): python3 sample_more.py LABELLED_CSV SEED N_HEALTH N_OTHER N_ROLEWORD
import csv, importlib.util, random, sys
spec = importlib.util.spec_from_file_location("s", __file__.replace("sample_more.py", "sample.py"))
labelled, seed, nh, no, nr = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
sys.argv = [sys.argv[0], "0", "0", "0"]
s = importlib.util.module_from_spec(spec); spec.loader.exec_module(s)  # prints the full sample to stdout; discarded below
taken = {r["handle"].lower() for r in csv.DictReader(open(labelled, newline="", encoding="utf-8"))}
rest = sorted(k for k in s.celiac if k not in s.cancer and k not in taken)
rng = random.Random(seed)
health = [k for k in rest if s.HEALTH.search(s.celiac[k][1])]
other = [k for k in rest if not s.HEALTH.search(s.celiac[k][1])]
chosen = [("celiac-health", k) for k in rng.sample(health, nh)] + [("celiac-other", k) for k in rng.sample(other, no)]
left = sorted(k for k in rest if k not in {k for _, k in chosen} and s.ROLEWORDS.search(s.celiac[k][1]))
if len(left) < nr: print(f"only {len(left)} role-word accounts left; taking all of them", file=sys.stdout)
chosen += [("celiac-roleword", k) for k in rng.sample(left, min(nr, len(left)))]
w = csv.writer(sys.stderr)
w.writerow(["stratum", "handle", "bio"])
for stratum, k in chosen:
    h, d = s.celiac[k]
    w.writerow([stratum, h, " ".join(d.split())])
