window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "someone@example.org",
      "createdVia" : "web",
      "username" : "ChiefNurseX",
      "accountId" : "1000009",
      "createdAt" : "2010-04-01T10:00:00.000Z",
      "accountDisplayName" : "Chief Nurse X"
    }
  }
]
