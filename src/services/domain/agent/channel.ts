/** The agent's two channels (AGT-1): the phone, and the outbound campaigns that deliver records. */
export type Channel = 'voice' | 'outbound-preview';
