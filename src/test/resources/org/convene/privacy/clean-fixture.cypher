MATCH (n) WHERE (n:Account OR n:Post OR n:Invitation OR n:RoleCorrection) AND n.platform = 'privfix'
   OR n:Hashtag AND n.tag STARTS WITH 'pv' OR n:Chat AND n.tag = 'pvchat' OR n:Cluster AND n.id IN [900, 901]
   OR n:Erasure OR n:ChatSession AND n.chat = 'pvchat'
DETACH DELETE n;
