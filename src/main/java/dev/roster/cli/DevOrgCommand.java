package dev.roster.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.http.Json;
import dev.roster.http.RequestBody;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster dev-org create|delete}: what {@code /_roster/dev-orgs.create|delete} do, on the store directly. */
@Command(name = "dev-org", mixinStandardHelpOptions = true, description = "Create or delete dev orgs (tenants).",
    subcommands = {DevOrgCommand.Create.class, DevOrgCommand.Delete.class})
public final class DevOrgCommand {
    @Command(name = "create", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Create a dev org with an admin; print the org, the admin and the admin's token as JSON.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--display-name", description = "The org's name (default: Dev org <n>).")
        String displayName;

        @Option(names = "--admin-email", description = "The admin's email (default: admin@roster.local).")
        String adminEmail;

        @Option(names = "--fixture", description = "A fixture (of --fixtures) to apply to the new org, as its admin, in the "
            + "transaction that creates it.")
        String fixture;

        @Mixin
        StorageOptions storage;

        @Mixin
        FixtureOptions fixtures;

        @Override
        public Integer call() throws JsonProcessingException {
            ObjectNode request = Json.MAPPER.createObjectNode();
            if (displayName != null) request.put("display_name", displayName);
            if (adminEmail != null) request.put("admin_email", adminEmail);
            if (fixture != null) request.put("fixture", fixture);
            Object created = storage.onExistingStore(fixtures.load(),
                services -> services.devOrgs().create(RequestBody.ofJson(request)));
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(created));
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Delete a dev org and everything in it; its tokens stop working at once.")
    static final class Delete implements Callable<Integer> {
        @Parameters(index = "0", description = "The dev org: DEV-<n> or its DON.")
        String id;

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() {
            storage.onExistingStore(services -> {
                services.devOrgs().delete(id);
                return id;
            });
            System.out.println("deleted " + id);
            return 0;
        }
    }
}
