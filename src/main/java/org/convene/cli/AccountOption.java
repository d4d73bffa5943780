package org.convene.cli;

import org.convene.graph.AccountLookup;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which account a command is about: by --handle or --id, with --platform when the name is on several. */
final class AccountOption {

    static final class Name {
        @Option(names = "--handle", required = true, paramLabel = "HANDLE", description = "The account's handle, with or without @.")
        String handle;

        @Option(names = "--id", required = true, paramLabel = "ID",
                description = "The account's platform id, for a handle that several accounts have had.")
        String id;
    }

    @ArgGroup(multiplicity = "1")
    Name name;

    @Option(names = "--platform", paramLabel = "PLATFORM", description = "twitter, mastodon or bluesky, when the handle or id is on several.")
    String platform;

    AccountLookup.Ref resolve(ApplicationContext context) {
        return context.getBean(AccountLookup.class).resolve(name.handle, name.id, platform);
    }
}
