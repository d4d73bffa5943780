package org.convene.ui;

/** Whether the signed-in user holds a role; true for everything while sign-in is switched off. */
public final class Access {
    private Access() {}

    public static boolean has(String role) {
        // spring-security is not on this branch's classpath yet (another helper adds it): everyone may do everything
        return true;
    }
}
