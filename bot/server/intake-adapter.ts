import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
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

  constructor(auth: ConfigurationBotFrameworkAuthentication, appId: string | undefined) {
    super(auth);
    const claimsIdentity = this.createClaimsIdentity(appId ?? '');
    // One connector for all local turns: with expectReplies it is never called, and building a
    // fresh HTTP client pipeline per turn was a measurable share of each turn.
    const factory = auth.createConnectorFactory(claimsIdentity);
    let connector: ReturnType<typeof factory.create> | undefined;
    this.localAuth = {
      audience: appId ?? '',
      callerId: undefined,
      claimsIdentity,
      connectorFactory: { create: (serviceUrl, audience) => (connector ??= factory.create(serviceUrl, audience)) },
    };
  }

  /** Runs one turn for a local channel and returns the bot's replies. */
  async processLocalActivity(
    activity: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<Partial<Activity>[]> {
    const full = { ...activity, deliveryMode: 'expectReplies' } as Activity;
    const response = await this.processActivity(this.localAuth, full, logic);
    const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
    return body?.activities ?? [];
  }
}

/**
 * botframework-connector passes jsonwebtoken's own errors (bad signature, malformed token) up
 * unchanged, and CloudAdapter answers those with 500. A token that does not verify is an
 * authentication failure: answer 401 like every other refused token.
 */
class ChannelAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly userTokenClients = new Map<
    string,
    ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>
  >();

  /** The user token client depends only on the bot's app id: build it once per app id, not per turn. */
  override createUserTokenClient(...args: Parameters<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>) {
    const [claimsIdentity] = args;
    // The same app id the SDK derives (botframework-connector getAppId: audience, else appid).
    const appId = String(claimsIdentity.getClaimValue('aud') ?? claimsIdentity.getClaimValue('appid') ?? '');
    let client = this.userTokenClients.get(appId);
    if (!client) {
      client = super.createUserTokenClient(...args);
      client.catch(() => this.userTokenClients.delete(appId));
      this.userTokenClients.set(appId, client);
    }
    return client;
  }

  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>) {
    try {
      return await super.authenticateRequest(...args);
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'JsonWebTokenError' || name === 'TokenExpiredError' || name === 'NotBeforeError') {
        throw new AuthenticationError(`Unauthorized: ${(error as Error).message}`, 401);
      }
      throw error;
    }
  }
}

/** How the bot proves itself on outgoing calls (Bot Framework's ServiceClientCredentialsFactory). */
export type OutboundCredentialsFactory = ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1];

/**
 * The adapter for this configuration. Outgoing calls use the app password through MSAL unless
 * another credentials factory is given (certificate or managed identity set-ups, and tests, where
 * MSAL cannot reach login.microsoftonline.com).
 */
export function createIntakeAdapter(config: BotConfig, credentialsFactory?: OutboundCredentialsFactory): IntakeAdapter {
  const credentials =
    credentialsFactory ??
    new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: config.MicrosoftAppId,
      MicrosoftAppPassword: config.MicrosoftAppPassword,
      MicrosoftAppType: config.MicrosoftAppType ?? (config.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant'),
      MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    });
  const auth = new ChannelAuthentication(
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
