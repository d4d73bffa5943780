window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ { "text" : "wenurses", "indices" : [ "40", "49" ] } ],
        "user_mentions" : [ { "name" : "Jo", "screen_name" : "StaffNurseJo", "indices" : [ "0", "13" ], "id_str" : "1000002", "id" : "1000002" } ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "49" ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "600000000000000002",
      "id_str" : "600000000000000010",
      "in_reply_to_user_id" : "1000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "600000000000000010",
      "in_reply_to_status_id" : "600000000000000002",
      "created_at" : "Thu Mar 05 20:15:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@StaffNurseJo happy to join next time! #wenurses",
      "lang" : "en",
      "in_reply_to_screen_name" : "StaffNurseJo",
      "in_reply_to_user_id_str" : "1000002"
    }
  },
  {
    "tweet" : {
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ { "name" : "WeNurses", "screen_name" : "WeNurses", "indices" : [ "3", "12" ], "id_str" : "1000001", "id" : "1000001" } ],
        "urls" : [ ]
      },
      "id_str" : "600000000000000011",
      "id" : "600000000000000011",
      "created_at" : "Thu Mar 05 20:20:00 +0000 2015",
      "full_text" : "RT @WeNurses: Thank you all for a brilliant chat tonight",
      "lang" : "en"
    }
  }
]
