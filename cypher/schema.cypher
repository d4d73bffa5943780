// Convene graph schema: constraints and indexes, applied at every start (embedded or external).
// Every statement is idempotent (IF NOT EXISTS, or registering a name that may exist already).
// Works on Neo4j Community 5.x / 2025+ and Aura.

// An account is one identity on one platform. `id` is the platform's own id where the source gives it,
// otherwise '@' + the lower-case handle (sources such as Topsy CSV carry handles only).
CREATE CONSTRAINT account_key IF NOT EXISTS
FOR (a:Account) REQUIRE (a.platform, a.id) IS UNIQUE;

// Handles are matched case-insensitively through this lower-case copy.
CREATE INDEX account_handle IF NOT EXISTS
FOR (a:Account) ON (a.handleLower);

// Free-text search over handle, display name and bio (case-insensitive by its analyzer).
CREATE FULLTEXT INDEX account_search IF NOT EXISTS
FOR (a:Account) ON EACH [a.handle, a.name, a.bio];

CREATE CONSTRAINT post_key IF NOT EXISTS
FOR (p:Post) REQUIRE (p.platform, p.id) IS UNIQUE;

CREATE INDEX post_created IF NOT EXISTS
FOR (p:Post) ON (p.createdAt);

// Hashtags are stored lower-case without the '#'.
CREATE CONSTRAINT hashtag_tag IF NOT EXISTS
FOR (h:Hashtag) REQUIRE h.tag IS UNIQUE;

CREATE CONSTRAINT chat_tag IF NOT EXISTS
FOR (c:Chat) REQUIRE c.tag IS UNIQUE;

CREATE CONSTRAINT chat_session_key IF NOT EXISTS
FOR (s:ChatSession) REQUIRE (s.chat, s.start) IS UNIQUE;

// Convene's own bookkeeping (e.g. that the demo was loaded) lives on one node.
CREATE CONSTRAINT convene_meta IF NOT EXISTS
FOR (m:ConveneMeta) REQUIRE m.key IS UNIQUE;

// Stakeholder roles (nurse, doctor, ...): one node per role key, see org/convene/roles/Role.java.
CREATE CONSTRAINT role_key IF NOT EXISTS
FOR (r:Role) REQUIRE r.key IS UNIQUE;

// A person's correction of an account's roles, kept apart from the Account so that it outlives
// re-imports, re-labelling and even the account's removal; matched to the account by id or handle.
CREATE CONSTRAINT role_correction_key IF NOT EXISTS
FOR (c:RoleCorrection) REQUIRE (c.platform, c.id) IS UNIQUE;

// One remembered position per live collection (convene collect): source, endpoint (instance or API), tag.
CREATE CONSTRAINT collect_state_key IF NOT EXISTS
FOR (s:CollectState) REQUIRE (s.source, s.endpoint, s.tag) IS UNIQUE;

// A user's CSV column mapping, saved by name and shared by the command line, the UI and other clients.
CREATE CONSTRAINT csv_mapping_name IF NOT EXISTS
FOR (m:CsvMapping) REQUIRE m.name IS UNIQUE;

// The host's invitation of an account to a chat (suggest feature): one per chat and account.
CREATE CONSTRAINT invitation_key IF NOT EXISTS
FOR (i:Invitation) REQUIRE (i.chat, i.platform, i.id) IS UNIQUE;

// Analysis results (see cypher/README.md, "Analysis results"): accounts are looked up by community when
// clusters are summarised, and each cluster is one node per community id of the latest run.
CREATE INDEX account_community IF NOT EXISTS
FOR (a:Account) ON (a.community);

CREATE CONSTRAINT cluster_id IF NOT EXISTS
FOR (c:Cluster) REQUIRE c.id IS UNIQUE;

CREATE CONSTRAINT analysis_run_at IF NOT EXISTS
FOR (r:AnalysisRun) REQUIRE r.at IS UNIQUE;

// People who sign in to the web UI (org.convene.security): one node per lower-case user name, with a
// bcrypt hash of the password and the role (VIEWER, ANALYST or ADMIN).
CREATE CONSTRAINT user_name IF NOT EXISTS
FOR (u:User) REQUIRE u.username IS UNIQUE;

// The model's names, registered so that a query naming one the graph does not hold yet (edge lists bring no
// QUOTES, and no account has a pagerank before `convene analyze`) runs without "unknown relationship type" or
// "unknown property" warnings in Neo4j Browser and the drivers. A name alone holds no data.
UNWIND ['Account', 'Post', 'Hashtag', 'Chat', 'ChatSession', 'Role', 'RoleCorrection', 'CollectState',
        'CsvMapping', 'Invitation', 'Cluster', 'AnalysisRun', 'Erasure', 'User', 'PasswordPepper'] AS label
CALL db.createLabel(label);

UNWIND ['POSTED', 'REPLIES_TO', 'REPLIES_TO_ACCOUNT', 'MENTIONS', 'RETWEETS', 'QUOTES', 'TAGGED', 'IN_SESSION',
        'LISTED', 'INTERACTS', 'HAS_ROLE', 'INVITES', 'IN_CLUSTER', 'LINKS', 'INFLUENCE'] AS type
CALL db.createRelationshipType(type);

UNWIND [
  // accounts, and what analysis and roles add to them
  'platform', 'id', 'handle', 'handleLower', 'name', 'bio', 'location', 'followers', 'url', 'firstSeen',
  'lastSeen', 'profileSeen', 'primaryRole', 'roles', 'community', 'pagerank', 'betweenness', 'inMentions',
  'inReplies', 'inRetweets', 'inQuotes', 'roleDiversity', 'brokerage', 'knownRoleNeighbours', 'clusterReach',
  // posts, hashtags, chats and their sittings
  'text', 'createdAt', 'lang', 'inferred', 'tag', 'schedule', 'scheduleDay', 'scheduleTime', 'scheduleZone',
  'scheduleMinutes', 'scheduleSlackMinutes', 'offSchedulePosts', 'chat', 'start', 'end', 'scheduled', 'posts',
  // relationships
  'kind', 'weight', 'file', 'replies', 'mentions', 'retweets', 'quotes', 'first', 'last', 'confidence',
  'evidence', 'source', 'primary', 'accounts', 'linkers', 'rank',
  // roles, corrections, invitations
  'key', 'who', 'at', 'note', 'status', 'by',
  // clusters and analysis runs
  'size', 'label', 'labelReason', 'density', 'ties', 'roleMix', 'roleCounts', 'topAccounts', 'topHashtags',
  'topHashtagUses', 'topWords', 'spans', 'bridging', 'resolution', 'seed', 'minClusterSize', 'communities',
  'modularity', 'clusters', 'clusterLinks'] AS key
CALL db.createProperty(key);
