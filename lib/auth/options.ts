import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "./client-address";
import { endSessions } from "./session";
import { checkCredentials, type SignedInStaff } from "./sign-in";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Staff",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const result = await checkCredentials(credentials, clientAddress(req?.headers));
        // next-auth passes the thrown message to the sign-in form as `error`.
        if (!result.ok) throw new Error(result.message);
        return result.staff;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.staffId = user.id;
        token.sv = (user as unknown as SignedInStaff).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) Object.assign(session.user, { staffId: token.staffId, sv: token.sv });
      return session;
    },
  },
  events: {
    // Signing out ends this person's sessions on every device and instance, not just this cookie.
    async signOut({ token }) {
      if (typeof token?.staffId === "string") await endSessions(token.staffId);
    },
  },
};
