/* test-vcard.c — reading the vCards other programs write (issue 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The files in tests/vcard/ follow what phones, mail programs and address
 * books write (tests/vcard/README.md says which and where that is seen);
 * each case here is one way the reader used to refuse or change them.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-partner-vcard.h"

static char *
load_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "vcard", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

/* The cards of a fixture, which must be read. */
static GPtrArray *
read_fixture (const char  *name,
              GPtrArray  **skipped)
{
  gsize length;
  g_autofree char *data = load_fixture (name, &length);
  g_autoptr(GError) error = NULL;
  GPtrArray *cards = zs_vcard_read_full (data, length, ZS_PARTNER_NOTABLE_NATIVE, NULL, skipped,
                                         NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (cards);
  return cards;
}

static ZsRecord *
card_named (GPtrArray  *cards,
            const char *name)
{
  for (guint i = 0; i < cards->len; i++)
    if (g_strcmp0 (zs_record_get_string (g_ptr_array_index (cards, i), ZS_PARTNER_NAME), name) == 0)
      return g_ptr_array_index (cards, i);
  for (guint i = 0; i < cards->len; i++)
    g_printerr ("card: %s\n", zs_record_get_string (g_ptr_array_index (cards, i), ZS_PARTNER_NAME));
  g_error ("no card named “%s”", name);
  return NULL;
}

static void
assert_card (GPtrArray  *cards,
             const char *name,
             const char *organisation,
             const char *phone,
             const char *wechat)
{
  ZsRecord *card = card_named (cards, name);

  g_assert_cmpstr (zs_record_get_string (card, ZS_PARTNER_ORGANISATION), ==, organisation);
  g_assert_cmpstr (zs_record_get_string (card, ZS_PARTNER_PHONE), ==, phone);
  g_assert_cmpstr (zs_record_get_string (card, ZS_PARTNER_WECHAT), ==, wechat);
}

static char *
write_cards (GPtrArray      *cards,
             ZsVCardVersion  version)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < cards->len; i++)
    zs_vcard_write (out, g_ptr_array_index (cards, i), version);
  return g_string_free (out, FALSE);
}

/* ---- real programs' files ----------------------------------------------------------- */

typedef struct {
  const char *file;
  guint       n_cards;
  guint       n_skipped;
  const char *name;
  const char *organisation;
  const char *phone;
  const char *wechat;
} Fixture;

static const Fixture fixtures[] = {
  { "android-2.1.vcf", 4, 1, "张建华", "北京潍坊企业商会", "139-0536-0218、0536-8231016", NULL },
  { "android-3.0.vcf", 1, 1, "刘水源", "潍坊市驻深圳招商联络处", "13853601234、0536-8231099（传真）", NULL },
  { "chinese-phone-gb18030.vcf", 3, 0, "王新民", "成都潍坊商会", "13980000001、028-85551234（住宅）", NULL },
  { "feature-phone-2.1-gb2312.vcf", 3, 0, "孙立华", "上海潍坊商会", "13916001234", NULL },
  { "outlook-2007.vcf", 2, 0, "周敏", "潍坊市商务局", "13705361234、0536-8788888", NULL },
  { "outlook-2007-resaved-utf8.vcf", 1, 0, "周敏", "潍坊市商务局", "13705361234、0536-8788888", NULL },
  { "outlook-2003.vcf", 1, 0, "René Müller", "Weifang Trade Office Frankfurt", "+49 69 1234 5678、+49 69 1234 5679（传真）", NULL },
  { "iphone.vcf", 2, 0, "李晓梅", "潍坊市投资合作促进局", "139 0536 8888、0536-8231234", "lxm0536" },
  { "icloud.vcf", 2, 0, "何俊", "青岛海之晨工业装备有限公司", "+86 135 0532 6789", "hejun_qd" },
  { "google-contacts.vcf", 1, 0, "王建国", "潍坊某某机械集团有限公司", "+86 138 0536 1234、0536-2226688", "wjg_1965" },
  { "evolution.vcf", 2, 0, "郑海涛", NULL, "0536-2123456（住宅）", "zht_weifang" },
  { "kde-kaddressbook.vcf", 1, 0, "徐熙明", "北京潍坊企业商会", "13901016218、010-6526 0536", "xxm_bjwf" },
  { "nextcloud.vcf", 1, 1, "韩晓东", "潍坊市驻天津招商联络处（天津市潍坊商会秘书处）", "+86 139 2000 0536", "hxd_tj" },
  { "thunderbird.vcf", 1, 0, "高燕", "潍坊市外事办公室", "13805365555、0536-8789999", NULL },
  { "rfc6350.vcf", 2, 0, "Simon Perreault", "Viagenie", "+1-418-262-6501（手机）、+1-418-656-9254转102", NULL },
};

/* Every file reads with its Chinese names, phones, organisations and
 * WeChat intact; what cannot be a partner is listed, not refused. */
static void
test_real_programs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      const Fixture *f = &fixtures[i];
      g_autoptr(GPtrArray) skipped = NULL;
      g_autoptr(GPtrArray) cards = read_fixture (f->file, &skipped);
      guint n_skipped_cards = 0;

      g_test_message ("%s", f->file);
      for (guint s = 0; s < skipped->len; s++)
        n_skipped_cards += ((ZsVCardSkipped *) g_ptr_array_index (skipped, s))->whole_card;
      g_assert_cmpuint (cards->len, ==, f->n_cards);
      g_assert_cmpuint (n_skipped_cards, ==, f->n_skipped);
      assert_card (cards, f->name, f->organisation, f->phone, f->wechat);
      for (guint c = 0; c < cards->len; c++)
        {
          ZsRecord *card = g_ptr_array_index (cards, c);

          for (guint field = 0; field < ZS_PARTNER_N_FIELDS; field++)
            if (zs_record_field_is_set (card, field) && G_VALUE_HOLDS_STRING (zs_record_get_value (card, field)))
              g_assert_true (g_utf8_validate (zs_record_get_string (card, field), -1, NULL));
        }
    }
}

/* ---- one card without a name -------------------------------------------------------- */

static void
test_no_name_skipped (void)
{
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GPtrArray) cards = read_fixture ("android-2.1.vcf", &skipped);
  ZsVCardSkipped *only_number;
  ZsRecord *company;

  /* The card holding only a number is listed with its line and why … */
  g_assert_cmpuint (skipped->len, ==, 1);
  only_number = g_ptr_array_index (skipped, 0);
  g_assert_true (only_number->whole_card);
  g_assert_cmpint (only_number->line, ==, 31);
  g_assert_nonnull (strstr (only_number->reason, "no name"));
  /* … the rest are read, and a company card goes by its organisation. */
  company = card_named (cards, "潍坊滨海经济技术开发区管委会");
  g_assert_cmpstr (zs_record_get_string (company, ZS_PARTNER_ORGANISATION), ==, "潍坊滨海经济技术开发区管委会");
  g_assert_cmpstr (zs_record_get_string (company, ZS_PARTNER_PHONE), ==, "0536-7596000");

  /* iCloud's company card, and Android 3.0's empty FN and N. */
  {
    g_autoptr(GPtrArray) icloud = read_fixture ("icloud.vcf", NULL);
    g_autoptr(GPtrArray) android_skipped = NULL;
    g_autoptr(GPtrArray) android = read_fixture ("android-3.0.vcf", &android_skipped);

    card_named (icloud, "潍坊高新技术产业开发区管委会");
    g_assert_cmpuint (android_skipped->len, ==, 1);
    g_assert_cmpint (((ZsVCardSkipped *) g_ptr_array_index (android_skipped, 0))->line, ==, 12);
  }
  /* A contact group is not a contact. */
  {
    g_autoptr(GPtrArray) nextcloud_skipped = NULL;
    g_autoptr(GPtrArray) nextcloud = read_fixture ("nextcloud.vcf", &nextcloud_skipped);
    ZsVCardSkipped *group = g_ptr_array_index (nextcloud_skipped, 0);

    g_assert_nonnull (strstr (group->reason, "group"));
  }
}

/* ---- character sets ----------------------------------------------------------------- */

static void
test_declared_charsets (void)
{
  g_autoptr(GPtrArray) feature = read_fixture ("feature-phone-2.1-gb2312.vcf", NULL);
  g_autoptr(GPtrArray) outlook = read_fixture ("outlook-2007.vcf", NULL);
  g_autoptr(GPtrArray) outlook_2003 = read_fixture ("outlook-2003.vcf", NULL);

  /* GB2312, BIG5, SHIFT_JIS in quoted-printable. */
  g_assert_cmpstr (zs_record_get_string (card_named (feature, "孙立华"), ZS_PARTNER_NOTES), ==, "第一行\n第二行");
  assert_card (feature, "陳志明", "台北山東同鄉會", "+886 2 2345 6789", NULL);
  assert_card (feature, "田中ソウ", "大阪山東会館", "+81 90 1234 5678（手机）", NULL);
  /* us-ascii and gb2312 (raw bytes) from Outlook 2007. */
  assert_card (outlook, "John Doe", "Contoso Ltd.", "+1 418 262 6501（手机）、(418) 656-9254", NULL);
  g_assert_cmpstr (zs_record_get_string (card_named (outlook, "周敏"), ZS_PARTNER_TITLE), ==, "副局长");
  /* Windows-1252 from Outlook 2003. */
  card_named (outlook_2003, "René Müller");

  /* A value in a character set iconv does not know is still read. */
  {
    static const char text[] = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-UNKNOWN-SET:\xe5\xbc\xa0\xe4\xb8\x89\r\n"
                               "ORG;CHARSET=X-UNKNOWN-SET:\xd5\xc5\r\nEND:VCARD\r\n";
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) cards = zs_vcard_read (text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (zs_record_get_string (g_ptr_array_index (cards, 0), ZS_PARTNER_NAME), ==, "张三");
    g_assert_true (g_utf8_validate (zs_record_get_string (g_ptr_array_index (cards, 0), ZS_PARTNER_ORGANISATION), -1, NULL));
  }
}

/* A file saved again as UTF-8 keeps its CHARSET=gb2312: the text is read as
 * it is now. */
static void
test_resaved_as_utf8 (void)
{
  g_autoptr(GPtrArray) cards = read_fixture ("outlook-2007-resaved-utf8.vcf", NULL);

  g_assert_cmpstr (zs_record_get_string (card_named (cards, "周敏"), ZS_PARTNER_TITLE), ==, "副局长");
}

/* A whole file in GB18030, with no CHARSET: its encoding is found. */
static void
test_whole_file_gb18030 (void)
{
  g_autoptr(GPtrArray) cards = read_fixture ("chinese-phone-gb18030.vcf", NULL);

  assert_card (cards, "欧阳文博", "寿光市农业投资有限公司", "18605360001", NULL);
  g_assert_cmpstr (zs_record_get_string (card_named (cards, "王新民"), ZS_PARTNER_NOTES), ==,
                   "寿光人，在蓉经营蔬菜物流二十年");
  /* No FN: the name from N. */
  g_assert_cmpstr (zs_record_get_string (card_named (cards, "赵丽"), ZS_PARTNER_EMAIL), ==, "zhaoli@example.cn");

  /* The same text in UTF-16, as Notepad saves "Unicode". */
  {
    gsize length;
    g_autofree char *gb = load_fixture ("chinese-phone-gb18030.vcf", &length);
    g_autofree char *utf8 = g_convert (gb, length, "UTF-8", "GB18030", NULL, NULL, NULL);
    gsize utf16_length;
    g_autofree char *utf16 = g_convert (utf8, -1, "UTF-16", "UTF-8", NULL, &utf16_length, NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) again = zs_vcard_read (utf16, utf16_length, ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (zs_vcard_sniff (utf16, utf16_length));
    assert_card (again, "欧阳文博", "寿光市农业投资有限公司", "18605360001", NULL);
  }
}

/* Whole files in Big5 (a Taiwanese phone) and Windows-1252 (Outlook Express),
 * without CHARSET: each read by the encoding it is in. */
static void
test_whole_file_other_encodings (void)
{
  static const struct {
    const char *encoding;
    const char *name;
    const char *organisation;
  } files[] = {
    { "BIG5", "陳志明", "台北市山東同鄉會聯誼中心" },
    { "WINDOWS-1252", "René Müller", "Café Señor Größe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *utf8 = g_strdup_printf ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:%s\r\nORG:%s\r\n"
                                               "TEL;WORK:+886 2 2345 6789\r\nEND:VCARD\r\n",
                                               files[i].name, files[i].organisation);
      gsize length;
      g_autofree char *text = g_convert (utf8, -1, files[i].encoding, "UTF-8", NULL, &length, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) cards = NULL;

      g_assert_nonnull (text);
      g_assert_false (g_utf8_validate_len (text, length, NULL));
      cards = zs_vcard_read (text, length, ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);
      g_assert_no_error (error);
      assert_card (cards, files[i].name, files[i].organisation, "+886 2 2345 6789", NULL);
    }
}

/* A fold that cuts a character in two (sabre/vobject): valid once unfolded. */
static void
test_fold_cuts_character (void)
{
  gsize length;
  g_autofree char *data = load_fixture ("nextcloud.vcf", &length);
  g_autoptr(GPtrArray) cards = read_fixture ("nextcloud.vcf", NULL);

  g_assert_false (g_utf8_validate_len (data, length, NULL));
  g_assert_cmpstr (zs_record_get_string (card_named (cards, "韩晓东"), ZS_PARTNER_NOTES), ==,
                   "韩晓东负责对接京津冀地区的重点企业和商协会组织，并定期报送项目线索。");
}

/* ---- what the app does not use -------------------------------------------------------- */

static void
test_unusual_property_names (void)
{
  static const char text[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:徐熙明\r\nX-messaging/twitter-All:xuximing\r\n"
    "X-(odd) name with spaces:1\r\nitem9.X-ABLabel:_$!<Other>!$_\r\n"
    /* A line that is no property at all: ignored and listed. */
    "this line has no colon\r\n"
    "TEL:13901016218\r\nEND:VCARD\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GPtrArray) cards = zs_vcard_read_full (text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, NULL, &skipped,
                                                   NULL, NULL, NULL, &error);
  ZsVCardSkipped *line;

  g_assert_no_error (error);
  assert_card (cards, "徐熙明", NULL, "13901016218", NULL);
  g_assert_cmpuint (skipped->len, ==, 1);
  line = g_ptr_array_index (skipped, 0);
  g_assert_false (line->whole_card);
  g_assert_cmpint (line->line, ==, 7);
  g_assert_nonnull (strstr (line->reason, "colon"));
  g_assert_nonnull (strstr (line->reason, "ignored"));
}

/* ---- what was lost or changed on the way ----------------------------------------------- */

static void
test_wechat (void)
{
  static const char text[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:甲\r\nIMPP;TYPE=WECHAT:jia_wx\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:乙\r\nIMPP;X-SERVICE-TYPE=WeChat;type=pref:x-apple:yi_wx\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:丙\r\nIMPP:weixin:bing_wx\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:丁\r\nIMPP;X-SERVICE-TYPE=QQ:x-apple:12345\r\nX-WECHAT:ding_wx\r\nEND:VCARD\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = zs_vcard_read (text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);

  g_assert_no_error (error);
  assert_card (cards, "甲", NULL, NULL, "jia_wx");
  assert_card (cards, "乙", NULL, NULL, "yi_wx");
  assert_card (cards, "丙", NULL, NULL, "bing_wx");
  assert_card (cards, "丁", NULL, NULL, "ding_wx");

  /* Written back, it is there for an iPhone and for the app. */
  {
    g_autofree char *out = write_cards (cards, ZS_VCARD_VERSION_3_0);

    g_assert_nonnull (strstr (out, "IMPP;X-SERVICE-TYPE=WeChat:x-apple:jia_wx\r\n"));
    g_assert_nonnull (strstr (out, "X-WECHAT:jia_wx\r\n"));
  }
}

/* tel:+1-418-656-9254;ext=102 is one number, in and out. */
static void
test_phone_extension (void)
{
  g_autoptr(GPtrArray) cards = read_fixture ("rfc6350.vcf", NULL);
  ZsRecord *simon = card_named (cards, "Simon Perreault");

  for (ZsVCardVersion version = ZS_VCARD_VERSION_3_0; version <= ZS_VCARD_VERSION_4_0; version++)
    {
      GString *out = g_string_new (NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) again = NULL;
      guint n_tel = 0;

      zs_vcard_write (out, ZS_PARTNER (simon), version);
      text = g_string_free (out, FALSE);
      for (const char *p = strstr (text, "\r\nTEL"); p != NULL; p = strstr (p + 1, "\r\nTEL"))
        n_tel++;
      g_assert_cmpuint (n_tel, ==, 2);
      if (version == ZS_VCARD_VERSION_4_0)
        g_assert_nonnull (strstr (text, "TEL;VALUE=uri;TYPE=work:tel:+1-418-656-9254;ext=102\r\n"));
      else
        g_assert_nonnull (strstr (text, "TEL;TYPE=WORK,VOICE:+1-418-656-9254,102\r\n"));
      again = zs_vcard_read (text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (zs_record_get_string (g_ptr_array_index (again, 0), ZS_PARTNER_PHONE), ==,
                       zs_record_get_string (simon, ZS_PARTNER_PHONE));
    }
  /* The extension does not count when numbers are compared. */
  {
    g_autofree char *with = zs_vcard_phone_key ("+1-418-656-9254转102");
    g_autofree char *without = zs_vcard_phone_key ("+1 418 656 9254");

    g_assert_cmpstr (with, ==, without);
  }
}

/* N comes back as the card had it, not from the last word of FN. */
static void
test_structured_name (void)
{
  g_autoptr(GPtrArray) evolution = read_fixture ("evolution.vcf", NULL);
  g_autoptr(GPtrArray) android = read_fixture ("android-2.1.vcf", NULL);
  g_autofree char *from_evolution = write_cards (evolution, ZS_VCARD_VERSION_3_0);
  g_autofree char *from_android = write_cards (android, ZS_VCARD_VERSION_4_0);

  g_assert_nonnull (strstr (from_evolution, "\r\nFN:Mr. John Doe Sr.\r\nN:Doe;John;;Mr.;Sr.\r\n"));
  g_assert_nonnull (strstr (from_evolution, "\r\nN:郑;海涛;;;\r\n"));
  g_assert_nonnull (strstr (from_android, "\r\nFN:汤霞 朋友\r\nN:汤;霞 朋友;;;\r\n"));
  g_assert_nonnull (strstr (from_android, "\r\nN:张;建华;;;\r\n"));

  /* A company card stays a company. */
  g_assert_nonnull (strstr (from_android, "KIND:org\r\nFN:潍坊滨海经济技术开发区管委会\r\nN:;;;;\r\n"));

  /* And the names read from N alone. */
  {
    static const char text[] = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John;Q.;Mr.;Sr.\r\nEND:VCARD\r\n"
                               "BEGIN:VCARD\r\nVERSION:3.0\r\nN:欧阳;文博;;;\r\nEND:VCARD\r\n";
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) cards = zs_vcard_read (text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);
    g_autofree char *out = NULL;

    g_assert_no_error (error);
    card_named (cards, "Mr. John Q. Doe Sr.");
    card_named (cards, "欧阳文博");
    out = write_cards (cards, ZS_VCARD_VERSION_3_0);
    g_assert_nonnull (strstr (out, "\r\nN:Doe;John;Q.;Mr.;Sr.\r\n"));
    g_assert_nonnull (strstr (out, "\r\nN:欧阳;文博;;;\r\n"));
  }
}

/* A type the card gives is kept, not guessed from the digits. */
static void
test_phone_types (void)
{
  g_autoptr(GPtrArray) evolution = read_fixture ("evolution.vcf", NULL);
  g_autoptr(GPtrArray) rfc = read_fixture ("rfc6350.vcf", NULL);
  g_autoptr(GPtrArray) android = read_fixture ("android-3.0.vcf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *out4 = NULL;

  for (guint i = 0; i < rfc->len; i++)
    g_ptr_array_add (evolution, g_object_ref (g_ptr_array_index (rfc, i)));
  for (guint i = 0; i < android->len; i++)
    g_ptr_array_add (evolution, g_object_ref (g_ptr_array_index (android, i)));
  out = write_cards (evolution, ZS_VCARD_VERSION_3_0);
  out4 = write_cards (evolution, ZS_VCARD_VERSION_4_0);

  /* A North American work number is a work number, its mobile a mobile. */
  g_assert_nonnull (strstr (out, "TEL;TYPE=WORK,VOICE:+1 418 656 9254\r\n"));
  g_assert_nonnull (strstr (out, "TEL;TYPE=CELL,VOICE:+1 418 262 6501\r\n"));
  g_assert_nonnull (strstr (out, "TEL;TYPE=WORK,VOICE:+1-919-676-9515\r\n"));
  g_assert_nonnull (strstr (out, "TEL;TYPE=FAX:+1-919-676-9564\r\n"));
  /* A Chinese home number stays at home, a fax a fax, a mobile a mobile. */
  g_assert_nonnull (strstr (out, "TEL;TYPE=HOME,VOICE:0536-2123456\r\n"));
  g_assert_nonnull (strstr (out, "TEL;TYPE=FAX:0536-8231099\r\n"));
  g_assert_nonnull (strstr (out, "TEL;TYPE=CELL,VOICE:13853601234\r\n"));
  g_assert_nonnull (strstr (out4, "TEL;VALUE=text;TYPE=home:0536-2123456\r\n"));

  /* Read back, the numbers are the same text. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) again = zs_vcard_read (out, strlen (out), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (again->len, ==, evolution->len);
    for (guint i = 0; i < again->len; i++)
      g_assert_cmpstr (zs_record_get_string (g_ptr_array_index (again, i), ZS_PARTNER_PHONE), ==,
                       zs_record_get_string (g_ptr_array_index (evolution, i), ZS_PARTNER_PHONE));
  }
}

/* The CR LF of a 2.1 note is a line break, and stays one. */
static void
test_note_line_breaks (void)
{
  g_autoptr(GPtrArray) cards = read_fixture ("outlook-2003.vcf", NULL);
  ZsRecord *rene = card_named (cards, "René Müller");
  const char *expected = "Met at the Weifang kite festival.\nFollows up on the logistics park.\nVisit planned for May.";
  g_autofree char *out = write_cards (cards, ZS_VCARD_VERSION_3_0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) again = NULL;

  g_assert_cmpstr (zs_record_get_string (rene, ZS_PARTNER_NOTES), ==, expected);
  g_assert_nonnull (strstr (out, "NOTE:Met at the Weifang kite festival.\\nFollows up"));
  again = zs_vcard_read (out, strlen (out), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_string (g_ptr_array_index (again, 0), ZS_PARTNER_NOTES), ==, expected);
}

/* ---- what a card can hold that is not ours ------------------------------------------- */

static void
test_photos_and_agents (void)
{
  /* A 2.1 photo on unindented lines up to an empty line (older Nokia and
   * Sony Ericsson phones), and an AGENT holding a card of its own. */
  static const char text[] =
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:何;俊\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    "AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\r\n"
    "HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwL\r\n"
    "\r\n"
    "AGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:秘书;小王\r\nTEL:0536-1111111\r\nEND:VCARD\r\n"
    "TEL;CELL:13505321234\r\nEND:VCARD\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GPtrArray) cards = zs_vcard_read_full (text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, NULL, &skipped,
                                                   NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 1);
  g_assert_cmpuint (skipped->len, ==, 0);
  assert_card (cards, "何俊", NULL, "13505321234", NULL);
}

/* What the fuzzer found (tests/fuzz-vcard.c): a parameter name that is not
 * UTF-8 in a message, a name from N with white space around it, an empty
 * tel: URI (which crashed the reader). */
static void
test_fuzz_findings (void)
{
  static const char bad_parameter[] = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\n"
                                      "TEL;VALU\x06i\xbe=\"work:1\r\nEND:VCARD\r\n";
  static const char spaced_n[] = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:\r,FAX:0536;;;;\r\n"
                                 /* An empty tel: URI. */
                                 "TEL;VALUE=uri:tel:\r\nTEL;VALUE=uri:tel:;ext=1\r\nEND:VCARD\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GPtrArray) cards = zs_vcard_read_full (bad_parameter, sizeof bad_parameter - 1, ZS_PARTNER_NOTABLE_NATIVE,
                                                   NULL, &skipped, NULL, NULL, NULL, &error);
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *out = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (skipped->len, ==, 1);
  g_assert_true (g_utf8_validate (((ZsVCardSkipped *) g_ptr_array_index (skipped, 0))->reason, -1, NULL));
  g_clear_pointer (&cards, g_ptr_array_unref);

  cards = zs_vcard_read (spaced_n, strlen (spaced_n), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_string (g_ptr_array_index (cards, 0), ZS_PARTNER_NAME), ==, "FAX:0536");
  out = write_cards (cards, ZS_VCARD_VERSION_3_0);
  again = zs_vcard_read (out, strlen (out), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_string (g_ptr_array_index (again, 0), ZS_PARTNER_NAME), ==, "FAX:0536");
}

static void
test_sniff (void)
{
  static const char * const yes[] = {
    "BEGIN:VCARD\r\n", "\xef\xbb\xbf" "BEGIN:VCARD\n", "\r\n\r\n  begin:vcard\n",
  };
  static const char * const no[] = {
    "<?xml version=\"1.0\"?>\n<zhaoshang/>", "BEGIN:VCALENDAR\r\n", "", "BEGIN:VCAR",
  };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    g_assert_true (zs_vcard_sniff (yes[i], strlen (yes[i])));
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    g_assert_false (zs_vcard_sniff (no[i], strlen (no[i])));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vcard/real-programs", test_real_programs);
  g_test_add_func ("/vcard/no-name-skipped", test_no_name_skipped);
  g_test_add_func ("/vcard/charset/declared", test_declared_charsets);
  g_test_add_func ("/vcard/charset/resaved-as-utf8", test_resaved_as_utf8);
  g_test_add_func ("/vcard/charset/whole-file-gb18030", test_whole_file_gb18030);
  g_test_add_func ("/vcard/charset/whole-file-other-encodings", test_whole_file_other_encodings);
  g_test_add_func ("/vcard/fold-cuts-character", test_fold_cuts_character);
  g_test_add_func ("/vcard/unusual-property-names", test_unusual_property_names);
  g_test_add_func ("/vcard/kept/wechat", test_wechat);
  g_test_add_func ("/vcard/kept/phone-extension", test_phone_extension);
  g_test_add_func ("/vcard/kept/structured-name", test_structured_name);
  g_test_add_func ("/vcard/kept/phone-types", test_phone_types);
  g_test_add_func ("/vcard/kept/note-line-breaks", test_note_line_breaks);
  g_test_add_func ("/vcard/photos-and-agents", test_photos_and_agents);
  g_test_add_func ("/vcard/fuzz-findings", test_fuzz_findings);
  g_test_add_func ("/vcard/sniff", test_sniff);

  return g_test_run ();
}
