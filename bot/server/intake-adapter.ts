import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import type { BotConfig } from './bot-config.js';

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * CloudAdapter plus one door for this server's own Direct Line endpoint. Activities from that
 * endpoint never cross the network, so, as CloudAdapter.connectNamedPipe does for its local
 * transport, we build the authentication result here instead of validating a channel token, and
 * ask for the replies in the response (deliveryMode "expectReplies", Bot Framework Activity
 * spec §"Delivery mode") instead of having the bot post them back over HTTP.
 */
export class IntakeAdapter extends CloudAdapter {
  private readonly localAuth: AuthenticateRequestResult;

  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    appId: string | undefined,
  ) {
    super(auth);
    const claimsIdentity = this.createClaimsIdentity(appId ?? '');
    this.localAuth = {
      audience: appId ?? '',
      callerId: undefined,
      claimsIdentity,
      connectorFactory: auth.createConnectorFactory(claimsIdentity),
    };
  }

  /** Runs one turn for a local channel and returns the bot's replies. */
  async processLocalActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const full = { ...activity, deliveryMode: 'expectReplies' } as Activity;
    const response = await this.processActivity(this.localAuth, full, logic);
    const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
    return body?.activities ?? [];
  }
}

export function createIntakeAdapter(config: BotConfig): IntakeAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType ?? (config.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant'),
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: config.MicrosoftAppId,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      ToBotFromChannelOpenIdMetadataUrl: config.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromChannelTokenIssuer: config.ToBotFromChannelTokenIssuer,
      ToBotFromEmulatorOpenIdMetadataUrl: config.ToBotFromEmulatorOpenIdMetadataUrl,
      ToChannelFromBotLoginUrl: config.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: config.ToChannelFromBotOAuthScope,
      OAuthUrl: config.OAuthUrl,
      ValidateAuthority: config.ValidateAuthority,
    },
    credentials,
  );
  return new IntakeAdapter(auth, config.MicrosoftAppId);
}
