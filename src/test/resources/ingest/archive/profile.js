window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Chief nurse, NHS trust. RGN. Views my own.",
        "website" : "",
        "location" : "Yorkshire"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/x.jpg"
    }
  }
]
