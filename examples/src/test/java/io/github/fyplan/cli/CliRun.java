package io.github.fyplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command with captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Services services, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FyplanCommand.run(services, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
    }
}
