package com.sponsorship.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md ("Modules", "The web app's packages"), checked on the
 * compiled production classes of all five modules (the web app sees them all on its classpath).
 */
class ArchitectureTest {

    private static final String AUDIT = "com.sponsorship.audit..";
    private static final String API = "com.sponsorship.api..";
    private static final String COMMAND = "com.sponsorship.command..";
    private static final String QUERY = "com.sponsorship.query..";
    private static final String DEMO = "com.sponsorship.demo..";
    private static final String WEB = "com.sponsorship.web..";

    private static final String[] FEATURES = {"com.sponsorship.web.campaign..", "com.sponsorship.web.negotiation..",
            "com.sponsorship.web.account..", "com.sponsorship.web.admin..", "com.sponsorship.web.audit..",
            "com.sponsorship.web.stats..", "com.sponsorship.web.record.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.sponsorship");

    /** The offline verifier runs alone: no platform code in it. */
    @Test
    void auditVerifierUsesNoOtherModule() {
        usesNoneOf(AUDIT, API, COMMAND, QUERY, DEMO, WEB);
    }

    @Test
    void sharedApiDependsOnNoOtherModule() {
        usesNoneOf(API, AUDIT, COMMAND, QUERY, DEMO, WEB);
    }

    @Test
    void commandSideUsesOnlyTheSharedApiAndTheRecordRules() {
        usesNoneOf(COMMAND, QUERY, DEMO, WEB);
    }

    @Test
    void querySideUsesOnlyTheSharedApi() {
        usesNoneOf(QUERY, AUDIT, COMMAND, DEMO, WEB);
    }

    @Test
    void demoDataUsesOnlyTheSharedApi() {
        usesNoneOf(DEMO, AUDIT, COMMAND, QUERY, WEB);
    }

    @Test
    void modulesFormNoCycle() {
        slices().matching("com.sponsorship.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Plumbing every feature uses knows none of them. */
    @Test
    void commonUsesNoFeature() {
        usesNoneOf("com.sponsorship.web.common..", FEATURES);
    }

    @Test
    void securityUsesNothingElseOfTheWebApp() {
        noClasses().that().resideInAPackage("com.sponsorship.web.security..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage("com.sponsorship.web.common..",
                        "com.sponsorship.web.config..", "com.sponsorship.web.demo..")
                .check(CLASSES);
    }

    /** Configuration and the demo host may use anything of the web app; nothing uses them. */
    @Test
    void nothingUsesConfigurationOrTheDemoHost() {
        noClasses().that().resideInAPackage(WEB)
                .and().resideOutsideOfPackages("com.sponsorship.web.config..", "com.sponsorship.web.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("com.sponsorship.web.config..",
                        "com.sponsorship.web.demo..")
                .check(CLASSES);
    }

    /** Features may use one another (campaign uses negotiation and account, ...), never in a circle. */
    @Test
    void webPackagesFormNoCycle() {
        slices().matching("com.sponsorship.web.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    private static void usesNoneOf(String layer, String... others) {
        noClasses().that().resideInAPackage(layer).should().dependOnClassesThat().resideInAnyPackage(others)
                .check(CLASSES);
    }
}
