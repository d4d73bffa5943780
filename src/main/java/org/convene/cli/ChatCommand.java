package org.convene.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.ingest.ChatSchedule;
import org.convene.ingest.Chats;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convene chat list|schedule}: the followed chats and how their posts are grouped into sittings. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "List followed chats, or declare a chat's weekly schedule.",
        subcommands = {ChatCommand.ListAll.class, ChatCommand.Schedule.class})
class ChatCommand extends CommandGroup {

    abstract static class Sub extends CommandGroup.Sub {

        <T> T withChats(java.util.function.Function<Chats, T> work) {
            try (var context = context()) {
                return work.apply(context.getBean(Chats.class));
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the followed chats: schedule (or the 90-minute gap rule), sessions, posts, posts outside sittings.")
    static class ListAll extends Sub {
        @Override
        public Integer call() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Chats.Chat c : withChats(Chats::list)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("chat", "#" + c.tag());
                row.put("schedule", c.schedule() == null ? "gap rule (90 min)" : "weekly " + c.schedule().describe());
                row.put("sessions", c.sessions());
                row.put("posts", c.posts());
                // JSON keeps null (no schedule, so no sitting to be outside of); the table says so in words
                row.put("offSchedule", c.offSchedulePosts() != null || json ? c.offSchedulePosts() : "-");
                rows.add(row);
            }
            if (json) out().println(Output.json(rows));
            else {
                Output.table(out(), List.of("chat", "schedule", "sessions", "posts", "offSchedule"), rows);
                out().println(rows.size() + " chat(s)");
            }
            out().flush();
            return ConveneCli.OK;
        }
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true,
            description = "Declare a chat's weekly sitting, or return it to the gap rule with --none. Its sessions are regrouped at once.",
            footer = {"", "Example: convene chat schedule wenurses --weekly THU 20:00 --zone Europe/London --duration 60m --slack 30m"})
    static class Schedule extends Sub {
        @Parameters(index = "0", paramLabel = "CHAT", description = "The chat's hashtag, with or without #.")
        String tag;

        @ArgGroup(multiplicity = "1")
        Choice choice;

        static class Choice {
            @ArgGroup(exclusive = false)
            Weekly weekly;

            @Option(names = "--none", required = true, description = "Remove the schedule: group posts by the 90-minute gap rule again.")
            boolean none;
        }

        static class Weekly {
            @Option(names = "--weekly", arity = "2", required = true, paramLabel = "DAY TIME",
                    description = "Day of the week and local start time, e.g. THU 20:00.")
            List<String> weekly;

            @Option(names = "--zone", required = true, paramLabel = "ZONE", description = "The sitting's time zone, e.g. Europe/London.")
            String zone;

            @Option(names = "--duration", required = true, paramLabel = "DURATION", description = "Length of a sitting, e.g. 60m or 1h30m.")
            String duration;

            @Option(names = "--slack", paramLabel = "DURATION", description = "Posts this long before the start or after the end still count (default 0m).")
            String slack;
        }

        @Override
        public Integer call() {
            ChatSchedule schedule = choice.none ? null : ChatSchedule.parse(choice.weekly.weekly.get(0),
                    choice.weekly.weekly.get(1), choice.weekly.zone, choice.weekly.duration, choice.weekly.slack);
            int sessions = withChats(c -> c.schedule(tag, schedule));
            String what = schedule == null ? "the 90-minute gap rule" : "weekly " + schedule.describe();
            if (json) out().println(Output.json(Map.of("chat", tag, "schedule", what, "sessions", sessions)));
            else out().println("#" + tag.replaceFirst("^#", "") + ": " + what + "; " + sessions + " session(s)");
            out().flush();
            return ConveneCli.OK;
        }
    }
}
