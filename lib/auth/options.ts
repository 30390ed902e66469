import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkCredentials } from "./sign-in";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Staff",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const result = await checkCredentials(credentials);
        // next-auth passes the thrown message to the sign-in form as `error`.
        if (!result.ok) throw new Error(result.message);
        return result.staff;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.staffId = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user) (session.user as { staffId?: string }).staffId = token.staffId as string;
      return session;
    },
  },
};
