/**
 * DATA: our own multilingual vocabulary for recognising blocks that promote the publisher's own offers
 * (subscriptions, newsletters, donations, apps, follow prompts, push prompts, meters, registration).
 * Written for Nutgraf from scratch — no filter-list content (see ../shared/docs/upsell-removal.md §1.5).
 *
 * Text patterns are regex sources, matched case-insensitively on normalised text with Unicode word
 * boundaries (see compile-patterns.ts). `cta` patterns are unambiguous calls to action (strong);
 * `hint` patterns are supporting vocabulary (weak: they also occur in ordinary article prose).
 * All languages apply on every page: a German site may use English calls to action.
 */
import type { UpsellKind } from '../types.ts';

export interface KindRules {
  /** Substrings of lowercased class/id/data-* values that name this kind of block (strong). */
  tokens: string[];
  /** Weaker substrings: need another signal. */
  weakTokens: string[];
  /** Regex sources matched against link targets (`href`). */
  links: string[];
  /** Strong call-to-action phrases, any language. */
  cta: string[];
  /** Weak vocabulary, any language. */
  hint: string[];
}

const NUM = '\\d+(?:[.,]\\d+)?';
const EURO = `(?:${NUM}\\s?(?:€|eur|euros?)|€\\s?${NUM})`;
const MONEY = `(?:[$£€]\\s?${NUM}|${NUM}\\s?(?:€|\\$|£|eur|euros?|dollars?|pesos?))`;

export const UPSELL_RULES: Record<UpsellKind, KindRules> = {
  subscribe: {
    tokens: ['subscri', 'paywall', 'upsell', 'abonnement', 'abonner', 'abonnieren', 'suscrip', 'suscrib', 'abbonam', 'abbonati', 'membership', 'premium-push', 'premiumpush', 'plus-teaser', 'piano-', 'tp-modal', 'tp-container', 'zephr', 'pelcro', 'poool', 'offer-box', 'promo-abo', 'abo-teaser', 'abo-box', 'aboteaser', 'aboangebot', 'subscribeprompt', 'pricing'],
    weakTokens: ['premium', 'offer', 'offre', 'abo', 'plus', 'cta', 'promo', 'snackbar', 'sticky', 'banner'],
    links: ['/(?:abonnement|abonnements|abonnieren|abo|abos|subscribe|subscription|subscriptions|suscripcion|suscripciones|suscribete|abbonamenti|abbonati|abbonamento|premium|offres?|angebot|join|membership|checkout|pricing)(?:[/?#.-]|$)', '[?&](?:offer|campaign|promo)='],
    cta: [
      'subscribe(?: now| today| for| to read|r? benefits)?', 'become an? (?:member|subscriber|paid subscriber|insider)', 'already an? (?:subscriber|member)',
      '(?:unlimited|full|digital|premium|all) access', `for (?:just |only )?${MONEY}`, `${MONEY}\\s?(?:/|a|per) ?(?:month|week|year|mo)`, 'start (?:your )?free trial',
      'subscribers?[- ]only', 'exclusive (?:to|for) subscribers', 'ad-?free', '\\d+ ?% off',
      "abonn(?:ez-vous|ez vous|ement|ements|er)", "s[’']abonner", 'devenez (?:membre|abonné)', 'je m[’\']abonne', 'déjà abonné', 'z[ée]ro pub(?:licit[ée])?',
      'sans (?:aucune )?publicit[ée]', "offre (?:spéciale|d[’']essai|découverte|premium|numérique|abonné)", `${EURO}\\s?(?:/|par|le)\\s?(?:mois|an|semaine)`,
      'réservée? (?:à nos|aux) abonnés', 'lire la suite sans limite', 'premier mois (?:offert|gratuit)', 'semaine offerte', `${EURO} le premier mois`,
      'lecteurs nous font confiance', 'article vous est offert', 'jetzt (?:testen|abonnieren|abo abschließen|weiterlesen mit)', 'bereits abonnent',
      'werbefrei', 'ohne werbung', '(?:gratis|kostenlos) testen', 'probeabo', 'werden sie (?:mitglied|abonnent)', 'jetzt abonnieren', `${EURO}\\s?(?:/|pro|im)\\s?monat`,
      'suscr[íi](?:bete|bite|birse|birte|pción|pciones)', 'hazte (?:socio|suscriptor|miembro|premium)', 'ya eres suscriptor', 'acceso ilimitado', 'sin publicidad',
      '(?:primer|1er|1) mes (?:gratis|por|a)', 'sin l[íi]mites', 'exclusiv[oa] para suscriptor', 'abbonati', 'abbonamento', 'sei già abbonato', 'accesso illimitato',
      'senza pubblicità', `${EURO}\\s?al mese`,
    ],
    hint: ['subscri', 'abonné', 'abonnés', 'abonnement', 'abo', 'suscriptor', 'abbonat', 'premium', 'offre', 'angebot', 'oferta', 'offerta', 'membres?', 'mitglied'],
  },
  support: {
    tokens: ['donat', 'contribut', 'support-us', 'supportus', 'spende', 'soutien', 'soutenir', 'patreon', 'tipjar', 'appeal', 'apoyo', 'sostieni'],
    weakTokens: ['support', 'don-', 'member'],
    links: ['/(?:donate|donation|donations|don|dons|faire-un-don|spenden|spende|unterstuetzen|donar|donaciones|apoya|sostienici|dona|contribute|support-us|support)(?:[/?#.-]|$)', 'patreon\\.com/', 'ko-fi\\.com/', 'paypal\\.me/'],
    cta: [
      'support (?:our|independent|quality|local|this) (?:journalism|reporting|newsroom|work)', 'make an? (?:contribution|donation)', 'donate(?: now| today)?',
      'contribute(?: now| today| from)?', 'reader[- ](?:funded|supported)', 'support us',
      'we need your (?:support|help)', 'nous avons besoin de (?:vous|votre soutien)', 'wir brauchen (?:ihre|deine) unterstützung', 'by making an? (?:one-off |monthly |small |regular )?(?:contribution|donation)', '(?:any )?(?:contribution|donation)s?,? (?:no matter how small|big or small|however small)', '(?:we|our journalism) (?:rely|relies|depend|depends) on (?:readers|you)',
      'faire un don', 'soutenez[- ](?:nous|notre|la|le|l[’\'])', 'contribuez', 'vit grâce à (?:ses|ses|nos) lecteurs', 'grâce à vos dons', 'pas de milliardaire',
      'unterstützen sie (?:uns|unsere|unabhängigen|unseren)', 'jetzt unterstützen', 'jetzt spenden', 'freiwillig(?:er|en)? (?:beitrag|zahlen|unterstützen)',
      'apoya (?:el|nuestro|a|al)', 'haz una donaci[óo]n', 'necesitamos (?:de )?(?:tu|su) apoyo', '(?:depende|dependemos|necesita) (?:de )?(?:vos|ti|ustedes|nuestros lectores|sus lectores|del apoyo)',
      'apoyo (?:económico )?de (?:sus|nuestros) lectores', 'sostienici', 'sostieni (?:il|la|l[’\'])', 'fai una donazione', 'dona ora',
    ],
    hint: ['donat\\w*', 'don', 'dons', 'spenden?', 'donaci[óo]n', 'donazion\\w*', 'soutien', 'soutenir', 'apoyo', 'unterstützung'],
  },
  newsletter: {
    tokens: ['newsletter', 'signup', 'sign-up', 'optin', 'opt-in', 'mailchimp', 'mc4wp', 'mc_embed', 'mailpoet', 'sendinblue', 'brevo', 'substack', 'nlform', 'nl-form', 'boletin', 'infolettre', 'emailsubscribe', 'email-subscribe', 'email-signup', 'emailsignup', 'inlinesignup', 'inline-signup', 'lettre-info', 'mimi-form', 'newspack-'],
    weakTokens: ['email', 'e-mail', 'inscription', 'subscribe', 'lettre', 'letter', 'brief'],
    links: ['/(?:newsletters?|newsletter-anmeldung|boletin|boletines|infolettres?|lettres?-d-information)(?:[/?#.-]|$)', 'list-manage\\.com/'],
    cta: [
      'newsletters?', 'sign up (?:for|to) (?:our|the|my)', '(?:delivered|sent|straight|directly?) (?:straight )?to your inbox', 'in your inbox', 'enter your e-?mail',
      'your e-?mail address', 'never miss (?:a|an|another) (?:post|story|update|thing|issue)', 'breaking news alerts', 'daily (?:brief|briefing|digest|roundup)',
      'lettre d[’\']information', 'infolettre', 'inscrivez-vous', 'votre (?:adresse )?(?:e-?mail|courriel)', 'dans votre boîte', 'ne manquez (?:plus )?rien',
      'recevez (?:chaque|nos|notre|gratuitement|l[’\']essentiel|la newsletter|les newsletters)', "recevoir (?:nos|les) newsletters", 'notre lettre',
      'ihre e-?mail(?:-adresse)?', '(?:direkt )?in ihr(?:em)? postfach', 'newsletter abonnieren', '(?:jetzt|kostenlos|gratis) (?:zum newsletter )?anmelden',
      'melde dich (?:jetzt )?(?:zu|für) (?:unserem|unseren|den)', 'bolet[íi]n', 'tu (?:correo|e-?mail)', 'en tu (?:bandeja|correo|email)', 'ap[úu]ntate',
      'iscriviti (?:alla|alle|gratis|gratuitamente|ora)', 'la tua (?:e-?mail|casella)', 'nella tua casella',
    ],
    hint: ['e-?mail', 'inbox', 'courriel', 'postfach', 'correo', 'anmelden', 'inscri\\w+', 'sign up', 'weekly', 'hebdomadaire', 'chaque (?:matin|soir|semaine|vendredi|dimanche|lundi|mardi|mercredi|jeudi|samedi)'],
  },
  meter: {
    tokens: ['meter', 'metering', 'article-count', 'articlecount', 'free-articles', 'freearticles', 'remaining-articles'],
    weakTokens: ['counter', 'limit'],
    links: [],
    cta: [
      'you[’\']?(?:ve| have) read \\d+ (?:of \\d+ )?(?:free )?(?:articles?|stories)', '\\d+ free (?:articles?|stories) (?:left|remaining)',
      '(?:last|final) free (?:article|story)', '(?:reached|hit) (?:your|the) (?:limit|maximum) of (?:free )?(?:articles|stories)',
      'vous avez (?:lu|consulté) \\d+ (?:des \\d+ )?articles?', 'il vous reste \\d+ (?:articles?|%)', 'articles? gratuits? (?:restants?|ce mois)',
      'dernier article gratuit', '\\d+e? article gratuit sur \\d+', '\\d+ articles? gratuits?', 'il vous reste [\\d.,]+ ?% de cet article',
      'sie haben (?:bereits )?\\d+ (?:von \\d+ )?(?:kostenlosen? |freien? )?artikel', 'artikel (?:frei|kostenlos|gratis) (?:übrig|verbleibend)',
      'has le[íi]do \\d+ (?:de \\d+ )?(?:art[íi]culos|notas)', 'te quedan? \\d+ (?:art[íi]culos|notas)', 'l[íi]mite de (?:contenidos|art[íi]culos|notas)',
      'llegaste al l[íi]mite', 'hai letto \\d+ (?:articoli|di \\d+)', 'ti restano \\d+ articoli', 'articoli gratuiti',
    ],
    hint: [],
  },
  app: {
    tokens: ['smartbanner', 'smart-banner', 'app-banner', 'appbanner', 'app-promo', 'apppromo', 'app-download', 'appdownload', 'app-link', 'applink', 'getapp', 'get-app', 'openinapp', 'open-in-app', 'a2hs', 'add-to-home', 'branch-banner', 'app-teaser', 'appteaser', 'download-app'],
    weakTokens: ['app', 'install', 'mobile'],
    links: ['^(?:https?:)?//(?:apps\\.apple\\.com|itunes\\.apple\\.com|play\\.google\\.com/store/apps|[a-z0-9-]+\\.app\\.link|app\\.adjust\\.com|[a-z0-9-]+\\.onelink\\.me)', '/(?:app|apps|applications?|aplicacion|appli)(?:[/?#.-]|$)'],
    cta: [
      '(?:download|get|install|try) (?:our|the)(?: free| new| [\\p{L}\\p{N}]+){0,3} app', 'open in (?:the )?app', 'add (?:[\\p{L}\\p{N}]+ ){0,4}to (?:your )?home ?screen', 'on (?:our|your|the) (?:mobile )?app',
      'available on the app store', 'get it on google play', 'télécharge(?:z)? (?:notre |l[’\'])\\s?app(?:li(?:cation)?)?', "(?:dans|sur) l[’']appli(?:cation)?",
      'ajouter (?:[\\p{L}\\p{N}+]+ ){0,4}(?:à|sur) l[’\']écran d[’\']accueil', 'notre application', '(?:laden sie|holen sie sich|hol dir) (?:unsere |die )?(?:[\\p{L}]+-)?app',
      '(?:in|mit) (?:unserer|der) app', '(?:zum|auf den) (?:home-?|start)bildschirm', 'app herunterladen', 'jetzt die app', 'descarga (?:nuestra |la )?(?:app|aplicaci[óo]n)',
      '(?:en|desde) (?:la|nuestra) app', '(?:añadir|agregar|añade) (?:[\\p{L}\\p{N}]+ ){0,4}a (?:la )?pantalla de inicio', 'scarica (?:la |l[’\'])\\s?app', "sull[’']app", 'aggiungi (?:[\\p{L}\\p{N}]+ ){0,4}alla schermata',
    ],
    hint: ['app store', 'google play', 'appli', 'application', 'mobile app'],
  },
  follow: {
    tokens: ['googlenews', 'google-news', 'gnews', 'preferredsource', 'preferred-source', 'googlepreferred', 'follow-us', 'followus', 'whatsapp-group', 'whatsapp-channel', 'telegram', 'siguenos', 'suivez-nous', 'google-noticias', 'googlenoticias', 'btngoogle'],
    weakTokens: ['follow', 'social', 'whatsapp', 'reseaux', 'redes', 'kanal', 'channel'],
    links: ['^(?:https?:)?//news\\.google\\.com/(?:publications|s/|.*[?&]hl=)', '^(?:https?:)?//(?:www\\.)?google\\.[a-z.]+/preferences/source', '^(?:https?:)?//(?:www\\.)?whatsapp\\.com/channel', '^(?:https?:)?//t\\.me/', '^(?:https?:)?//(?:chat|wa)\\.whatsapp\\.com/', '^(?:https?:)?//(?:www\\.)?(?:facebook\\.com|instagram\\.com|linkedin\\.com/company|twitter\\.com|x\\.com|tiktok\\.com/@|youtube\\.com/(?:c/|channel/|@))(?!.*(?:share|intent|sharer|dialog))'],
    cta: [
      'follow us(?: on| @)?', 'preferred source', '(?:join|follow) (?:us|our channel|our community) on (?:whatsapp|telegram)', '(?:like|follow) us on facebook',
      'google news', 'suivez-nous', 'retrouvez-nous sur', 'rejoignez (?:notre|nous|-nous) (?:sur |chaîne|canal|communauté)?', 'rejoignez notre (?:chaîne|canal)',
      'google actualités', 'source préférée', 'abonnez-vous à notre (?:canal|chaîne|compte|page)', 'folg(?:en sie|e|st du(?: schon)?) (?:uns|[\\p{L}\\p{N} ]{1,30}? auf)',
      'bevorzugte quelle', 'whatsapp-kanal', 's[íi]gu?enos', 'siga (?:las noticias|a)', 'google noticias', 'fuente preferida', 'reciba noticias de',
      'únete a nuestro canal', 'canal (?:de|en) (?:whatsapp|telegram)', '(?:notre|sur) (?:canal|chaîne) (?:whatsapp|telegram)',
      '(?:unser(?:em|en)?|auf) (?:whatsapp|telegram)-?kanal', '(?:follow|join) (?:us|our channel) on (?:whatsapp|telegram|instagram|tiktok|threads|bluesky|google news)', 'suscríbete a nuestro canal', 'me gusta esta página', 'seguici', 'fonte preferita', 'unisciti al (?:nostro )?canale',
    ],
    hint: ['whatsapp', 'telegram', 'instagram', 'facebook', 'linkedin', 'twitter', 'tiktok', 'youtube'],
  },
  notifications: {
    tokens: ['onesignal', 'webpush', 'web-push', 'wonderpush', 'push-notification', 'pushnotification', 'notification-prompt', 'push-prompt', 'pushprompt', 'notif-optin', 'alertesnavigateur', 'browser-alert'],
    weakTokens: ['push', 'notification', 'alert', 'bell'],
    links: [],
    cta: [
      '(?:turn on|enable|allow|get) (?:push |browser |news )?(?:notifications|alerts)', 'receive (?:news )?notifications', 'updates? with notifications',
      'notifications from', 'activez les notifications', '(?:recevez|recevoir) (?:les|nos) (?:alertes|notifications|informations par notifications)',
      '(?:push-?)?benachrichtigungen (?:aktivieren|erhalten|erlauben)', 'activa(?:r)? las notificaciones', '(?:recibe|recibir|permitir) (?:nuestras )?notificaciones',
      'attiva le notifiche', 'ricevi le notifiche',
    ],
    hint: ['notifications?', 'alertes?', 'benachrichtigung\\w*', 'notificaciones', 'notifiche'],
  },
  register: {
    tokens: ['signwall', 'regwall', 'registerwall', 'register-wall', 'registration-wall', 'account-paywall', 'loginwall', 'form-account'],
    weakTokens: ['register', 'account'],
    links: ['/(?:register|registration|signup|inscription|registrierung|registro|registrati)(?:[/?#.-]|$)'],
    cta: [
      'create (?:a|your) free account', 'register (?:for free|now|to (?:read|continue))', 'sign up for free to', 'créez (?:votre|un) compte',
      'inscrivez-vous gratuitement pour', 'accéder gratuitement à \\d+ articles', 'kostenlos registrieren', 'jetzt registrieren', 'crea (?:una|tu) cuenta',
      'reg[íi]strate(?: gratis)?', 'registrati (?:gratis|gratuitamente|ora)', 'crea un account',
    ],
    hint: [],
  },
  'promo-other': {
    tokens: ['house-promo', 'housepromo', 'self-promo', 'selfpromo', 'promo-box', 'promobox', 'boutique', 'shop-teaser', 'epaper', 'e-paper', 'todays-paper', 'podcast-promo', 'webinar'],
    weakTokens: ['promo', 'teaser', 'shop'],
    links: ['/(?:boutique|shop|store|tienda|negozio|e-?paper|podcasts?|events?|evenements|webinar)(?:[/?#.-]|$)', '^(?:https?:)?//(?:shop|boutique|tienda|store|negozio)\\.', '^(?:https?:)?//(?:open\\.spotify\\.com/(?:show|episode)|podcasts\\.apple\\.com|(?:www\\.)?deezer\\.com/(?:[a-z]{2}/)?show|music\\.amazon\\.[a-z.]+/podcasts)'],
    cta: [
      'visit our (?:shop|store)', 'découvrez notre boutique', 'visiter la boutique', 'today[’\']s (?:front|paper)', 'download the newspaper', 'e-?paper',
      'try [\\p{L}\\p{N} ]{1,30} for free', 'free webinar',
      // Podcast promos: "listen to our podcast", "available on all platforms", "jetzt reinhören".
      '(?:listen to|subscribe to) (?:our|the) podcast', 'available (?:on|wherever) (?:all (?:podcast )?platforms|spotify|apple podcasts|you get your podcasts)',
      '(?:écoutez|retrouvez) (?:notre|le|nos) podcasts?', 'disponible sur (?:toutes les plateformes|spotify|deezer|apple podcasts)',
      '(?:jetzt )?(?:reinhören|anhören)(?: und abonnieren)?', 'überall, wo es podcasts gibt', 'escucha (?:nuestro|el) podcast', 'disponible en (?:todas las plataformas|spotify)',
      'ascolta il (?:nostro )?podcast', 'disponibile su (?:tutte le piattaforme|spotify)', 'besuchen sie unseren shop', 'visita nuestra tienda', 'visita il nostro negozio',
      // The print magazine's own issue ("Heft 2/2015", "current issue", "en kiosque").
      // (Menu labels such as "Aktuelles Heft" or "Edición impresa" are navigation: not here.)
      'heft \\d{1,2}/\\d{4}', 'heft abonnieren', 'jetzt (?:im handel|am kiosk)', '(?:in|from) this month[’\']s issue', '(?:actuellement )?en kiosque', 'hors-série n',
      'ya en (?:el )?kiosco', 'numero in edicola',
    ],
    hint: ['podcast', 'boutique', 'shop', 'webinar', 'événement', 'veranstaltung'],
  },
};

/**
 * Known vendor and CMS containers. `mayBePaywall`: the vendor also runs hard paywalls, so its boxes are
 * left alone on hard-paywalled pages (the kind is `subscribe`, which the paywall guard skips).
 */
export const VENDOR_SELECTORS: { sel: string; kind: UpsellKind; vendor: string; mayBePaywall?: boolean }[] = [
  { sel: '.tp-modal, .tp-backdrop, [class*="tp-container-inner"]', kind: 'subscribe', vendor: 'Piano', mayBePaywall: true },
  { sel: '[id^="poool"], [class*="poool-"]', kind: 'subscribe', vendor: 'Poool', mayBePaywall: true },
  { sel: '.zephr-component, [class*="zephr-"]', kind: 'subscribe', vendor: 'Zephr', mayBePaywall: true },
  { sel: '[id^="pelcro-"], [class*="pelcro-"]', kind: 'subscribe', vendor: 'Pelcro', mayBePaywall: true },
  { sel: '[class*="SubscribePrompt"], .subscription-widget-wrap, .post-end-cta-full', kind: 'subscribe', vendor: 'Substack' },
  { sel: '.newspack-popup, .newspack-inline-popup', kind: 'newsletter', vendor: 'Newspack' },
  { sel: '.mc4wp-form, #mc_embed_signup, .mailpoet_form, .jetpack_subscription_widget, .widget_mc4wp_form_widget', kind: 'newsletter', vendor: 'WP plugins' },
  { sel: '#onesignal-slidedown-container, #onesignal-bell-container, .onesignal-slidedown-container', kind: 'notifications', vendor: 'OneSignal' },
  { sel: 'amp-app-banner, #smartbanner, .smartbanner, #branch-banner-iframe', kind: 'app', vendor: 'Smart app banner' },
];

/** Consent-management containers: never part of this module (they record a choice; see the study §4.9). */
export const CONSENT_SELECTORS = [
  '#didomi-host', '#didomi-popup', '#onetrust-banner-sdk', '#onetrust-consent-sdk', '[id^="sp_message_container_"]', '#usercentrics-root',
  '.qc-cmp2-container', '#qc-cmp2-container', '#CybotCookiebotDialog', '#cookiebanner', '.cc-window', '#cmpbox', '#cmpwrapper', '.fc-consent-root',
  '#truste-consent-track', '#consent_blackbar', '[id*="cookie-consent"]', '[class*="cookie-consent"]', '[id*="cookie-banner"]', '[class*="cookie-banner"]',
  '[id*="cookie-notice"]', '[class*="cookie-notice"]', '#gdpr-consent-tool-wrapper', '[class*="gdpr"]', '[id*="gdpr"]',
];

/** Text that marks a block as consent, not upsell. */
export const CONSENT_TEXT = ['cookies?', 'consent(?:ement)?', 'datenschutzeinstellungen', 'privacy settings', 'paramétrer les cookies', 'aceptar cookies'];

/**
 * Editorial recirculation that must stay (the study §4.7): "Read also", "Related", "Lire aussi", "Mehr zum
 * Thema", "Lee también", "Leggi anche". A block announced this way is navigation, not a promo.
 */
export const RELATED_TEXT = [
  'read (?:also|more|next)', 'related(?: (?:articles?|stories|content|coverage|posts))?', 'more (?:on|about) this', 'recommended(?: for you)?', 'most (?:read|popular)',
  'you (?:may|might) also like', 'see also', '(?:à )?lire aussi', 'à lire (?:également|ensuite)', 'sur le même (?:sujet|thème)', 'nos articles sur', 'les plus lus',
  'voir aussi', 'mehr zum thema', 'auch interessant', 'lesen sie auch', 'das könnte sie (?:auch )?interessieren', 'meistgelesen', 'weitere artikel',
  'lee (?:también|además)', 'te puede interesar', 'más (?:noticias|información|leídas)', 'noticias relacionadas', 'leggi anche', 'potrebbe interessarti',
  'articoli correlati', 'più letti',
];

/**
 * Phrases of a hard paywall (truncated article with an invitation to subscribe to continue). With the
 * JSON-LD `isAccessibleForFree:false` flag they make subscription and meter prompts untouchable.
 */
export const PAYWALL_TEXT = [
  'to continue reading', 'subscribe to (?:continue|keep) reading', 'this (?:article|story) is (?:for|available to|reserved for) subscribers',
  'pour lire la suite', 'la suite est réservée aux abonnés', 'il vous reste [\\d.,]+ ?% de cet article', 'um weiterzulesen', 'weiterlesen mit',
  'para seguir leyendo', 'para continuar leyendo', 'contenido exclusivo para suscriptores', 'per continuare a leggere',
];
