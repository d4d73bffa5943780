package org.convene.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Option values checked before the database starts: a bad one is a usage error, which picocli prints with the
 * command's usage and exit code 2, at no cost of opening the store.
 */
final class Usage {

    private Usage() {}

    /** Fails as a usage error with {@code message} unless {@code ok}. */
    static void require(CommandSpec spec, boolean ok, String message) {
        if (!ok) throw new ParameterException(spec.commandLine(), message);
    }

    /** The parsed value; a parser's IllegalArgumentException becomes a usage error with its message. */
    static <T> T parse(CommandSpec spec, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
