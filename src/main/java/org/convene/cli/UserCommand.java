package org.convene.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.security.AccessRole;
import org.convene.security.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", mixinStandardHelpOptions = true,
        description = "People who may sign in to the web UI: add, list, change role, reset password, remove.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.SetRole.class,
                UserCommand.Passwd.class, UserCommand.Remove.class},
        footer = {"", "Roles: viewer (reads the views), analyst (also read-only Cypher, exports, role corrections),"
                + " admin (also imports, collection, erasure, users).",
                "Example: convene user add alice --role analyst   (prints a generated password once)"})
class UserCommand extends CommandGroup {

    /** Runs one call on the user store, in a context opened for it. */
    static <T> T withUsers(Sub command, java.util.function.Function<UserService, T> call) {
        try (var context = command.context()) {
            return call.apply(context.getBean(UserService.class));
        }
    }

    /** Runs one change on the user store, in a context opened for it. */
    static void changeUsers(Sub command, java.util.function.Consumer<UserService> change) {
        withUsers(command, u -> {
            change.accept(u);
            return null;
        });
    }

    /** Says one line (a user's new state) and flushes. */
    static Integer said(Sub command, String line) {
        command.out().println(line);
        command.out().flush();
        return ConveneCli.OK;
    }

    /** A password typed at a prompt (--new-password alone), given (--new-password=...), or generated and printed. */
    abstract static class WithPassword extends Sub {
        @Option(names = "--new-password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
                description = "The password; alone, it is asked for without echo. Without it one is generated and printed once.")
        String password;

        String password() {
            return password == null || password.isEmpty() ? UserService.generatePassword() : password;
        }

        void done(String what, String name, String given, String used) {
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("username", name);
                if (!used.equals(given)) result.put("generatedPassword", used);
                out().println(Output.json(result));
            } else {
                out().println(what + " " + name);
                if (!used.equals(given)) out().println("password: " + used + "   (shown once: pass it on safely)");
            }
            out().flush();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user.")
    static class Add extends WithPassword {
        @Parameters(index = "0", paramLabel = "NAME", description = "User name (letters, digits, . _ @ -).")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", description = "viewer, analyst or admin (default viewer).")
        String role = "viewer";

        @Override
        public Integer call() {
            AccessRole parsed = AccessRole.parse(role);
            String used = password();
            UserService.User user = withUsers(this, u -> u.add(name, used, parsed));
            done("Added " + parsed.name().toLowerCase() + " user", user.username(), password, used);
            return ConveneCli.OK;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password.")
    static class Passwd extends WithPassword {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            String used = password();
            changeUsers(this, u -> u.setPassword(name, used));
            done("New password for", name.toLowerCase(java.util.Locale.ROOT), password, used);
            return ConveneCli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and their roles.")
    static class ListUsers extends Sub {
        @Override
        public Integer call() {
            List<UserService.User> users = withUsers(this, UserService::list);
            List<Map<String, Object>> rows = users.stream().map(u -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("username", u.username());
                row.put("role", u.role().name().toLowerCase());
                row.put("created", u.createdAt());
                return row;
            }).toList();
            if (json) {
                out().println(Output.json(rows));
            } else {
                Output.table(out(), List.of("username", "role", "created"), rows);
                if (rows.isEmpty()) out().println("No users yet: the web UI creates an admin on its first start, or run convene user add NAME --role admin");
            }
            out().flush();
            return ConveneCli.OK;
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Change a user's role.")
    static class SetRole extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE", description = "viewer, analyst or admin.")
        String role;

        @Override
        public Integer call() {
            AccessRole parsed = AccessRole.parse(role);
            changeUsers(this, u -> u.setRole(name, parsed));
            return said(this, name.toLowerCase(java.util.Locale.ROOT) + " is now " + parsed.name().toLowerCase());
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user.")
    static class Remove extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            changeUsers(this, u -> u.remove(name));
            return said(this, "Removed " + name.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
