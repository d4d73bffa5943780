// Declares a chat's weekly schedule (or, with $day null, returns it to the gap rule); the chat is created
// if it was not followed yet.
MERGE (c:Chat {tag: $tag})
  ON CREATE SET c.name = '#' + $tag
SET c.scheduleDay = $day, c.scheduleTime = $time, c.scheduleZone = $zone, c.scheduleMinutes = $minutes,
    c.scheduleSlackMinutes = $slack, c.schedule = $schedule
RETURN c.tag AS tag
