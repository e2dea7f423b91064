/* zs-vcard-private.h — what the parts of the vCard reader and writer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The reader in three steps, each in its file:
 *   zs-vcard-charset.c  the file's encoding, and each value's to UTF-8
 *   zs-vcard-lines.c    physical lines to logical ones (unfolding, the
 *                       soft line breaks of quoted-printable), a logical
 *                       line to a property: name, parameters, raw value
 *   zs-vcard-read.c     properties to cards, cards to partners
 * and what reading and writing both need:
 *   zs-vcard-names.c    N to a name, a name to N
 *   zs-vcard-phone.c    numbers, their types and extensions, as the app
 *                       keeps them in one text field
 */
#pragma once

#include "zs-vcard.h"

G_BEGIN_DECLS

/* Separators the app writes between several numbers or addresses in one
 * field, and those clerks type. */
#define LIST_SEPARATOR "、"

/* ---- the file's text (zs-vcard-charset.c) ----------------------------------- */

typedef struct {
  const char *data;        /* after a byte order mark */
  gsize       length;
  char       *converted;   /* owned: the file from UTF-16 */
  gboolean    is_utf8;     /* UTF-8, or mostly (lines other programs added) */
  const char *encoding;    /* iconv name for the values that are not UTF-8 */
} ZsVCardText;

/* Strips a byte order mark, converts UTF-16, and when the file is not UTF-8
 * finds the encoding it is most likely in. */
void        zs_vcard_text_init        (ZsVCardText      *text,
                                       const char       *data,
                                       gsize             length);
void        zs_vcard_text_clear       (ZsVCardText      *text);
/* @bytes of a value, quoted-printable decoded if it was (@from_qp), to
 * valid UTF-8: by @charset (the CHARSET parameter, may be NULL), else by
 * the file's encoding, never failing (Windows-1252 at worst). */
char       *zs_vcard_text_decode      (ZsVCardText      *text,
                                       const char       *charset,
                                       const char       *bytes,
                                       gsize             length,
                                       gboolean          from_qp);

/* ---- lines and properties (zs-vcard-lines.c) ------------------------------- */

typedef struct {
  const char *start;
  const char *p;
  const char *end;
  int         number;       /* physical lines read so far */
  /* The logical line last returned. */
  GString    *text;
  int         line;         /* its first physical line */
  int         qp;           /* -1 not known yet, else whether quoted-printable */
  /* The physical line read ahead. */
  const char *next;
  gsize       next_length;
  int         next_number;
} ZsVCardUnfolder;

void        zs_vcard_unfolder_init    (ZsVCardUnfolder  *u,
                                       const char       *data,
                                       gsize             length);
void        zs_vcard_unfolder_clear   (ZsVCardUnfolder  *u);
/* The next logical line in u->text (without its line end) and u->line;
 * FALSE at the end of the data. */
gboolean    zs_vcard_unfolder_next    (ZsVCardUnfolder  *u);
double      zs_vcard_unfolder_fraction (ZsVCardUnfolder *u);

typedef struct {
  int         line;
  char       *name;       /* upper case, without a group ("item1.") */
  GPtrArray  *params;     /* key (upper case), value, key, value … */
  const char *raw;        /* the value as written: in the line's text */
  gsize       raw_length;
  gboolean    binary;     /* ENCODING=b or BASE64: a photo, a key */
  gboolean    qp;         /* quoted-printable */
  char       *value;      /* after zs_vcard_property_decode(): UTF-8, still escaped */
} ZsVCardProperty;

void        zs_vcard_property_clear   (ZsVCardProperty  *prop);
/* The property of the logical line @text (which must outlive @prop); FALSE
 * with @reason (a sentence for the clerk) when the line is not one. */
gboolean    zs_vcard_property_parse   (ZsVCardProperty  *prop,
                                       GString          *text,
                                       int               line,
                                       char            **reason);
/* Decodes the value into prop->value: quoted-printable, character set. */
void        zs_vcard_property_decode  (ZsVCardProperty  *prop,
                                       ZsVCardText      *text);
const char *zs_vcard_param            (ZsVCardProperty  *prop,
                                       const char       *key);
/* TYPE=cell,voice or TYPE=CELL;TYPE=VOICE or a bare 2.1 CELL. */
gboolean    zs_vcard_has_type         (ZsVCardProperty  *prop,
                                       const char       *type);
/* The decoded value unescaped, line breaks as "\n", stripped. */
char       *zs_vcard_text_value       (ZsVCardProperty  *prop);
/* The decoded value split at @separator where it is not escaped, each part
 * unescaped and stripped. */
GStrv       zs_vcard_split_value      (const char       *text,
                                       char              separator);
const char *zs_vcard_part             (GStrv             parts,
                                       guint             index);
/* The start of a line for a message: at most 40 characters. */
char       *zs_vcard_line_start       (const char       *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ZsVCardProperty, zs_vcard_property_clear)

/* ---- names (zs-vcard-names.c) ---------------------------------------------- */

typedef struct {
  char *family;
  char *given;
  char *additional;
  char *prefix;
  char *suffix;
} ZsVCardName;

void        zs_vcard_name_clear       (ZsVCardName      *name);
gboolean    zs_vcard_is_han           (const char       *text);
/* The name an N value (family;given;additional;prefix;suffix) stands for:
 * 张;三 → 张三, Doe;John;;Mr.;Sr. → Mr. John Doe Sr. */
char       *zs_vcard_name_from_n      (const char       *value);
/* The parts of N for a name: 欧阳文博 → 欧阳;文博, Mr. John Q. Doe Sr. →
 * Doe;John;Q.;Mr.;Sr. */
void        zs_vcard_name_split       (const char       *name,
                                       ZsVCardName      *parts);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ZsVCardName, zs_vcard_name_clear)

/* ---- phone numbers (zs-vcard-phone.c) -------------------------------------- */

typedef enum {
  ZS_VCARD_TEL_NONE,     /* not said: the digits tell */
  ZS_VCARD_TEL_CELL,
  ZS_VCARD_TEL_WORK,
  ZS_VCARD_TEL_HOME,
  ZS_VCARD_TEL_FAX,
  ZS_VCARD_TEL_PAGER,
} ZsVCardTel;

/* The type a TEL property says, the most telling one first. */
ZsVCardTel  zs_vcard_tel_type         (ZsVCardProperty  *prop);
/* A TEL value (text or a tel: URI, unescaped) as the app keeps it:
 * "tel:+1-418-656-9254;ext=102" → "+1-418-656-9254转102", with the
 * type in brackets when it is not the one the digits tell. */
char       *zs_vcard_phone_from_card  (const char       *value,
                                       ZsVCardTel        type);
/* One number of the phone field back into its parts. */
void        zs_vcard_phone_parse      (const char       *stored,
                                       char            **number,
                                       char            **extension,
                                       ZsVCardTel       *type);
/* What the digits tell: a Chinese mobile number (11 digits from 13 to 19,
 * after +86 if any) is a mobile, anything else a work number. */
ZsVCardTel  zs_vcard_phone_guess      (const char       *number);

/* ---- UIDs (zs-vcard-read.c) ------------------------------------------------ */

/* The UUID a card's UID stands for: itself when it is one, else a UUID
 * made from it (name-based, version 5), the same each time. */
char       *zs_vcard_uuid_for_uid     (const char       *uid);

G_END_DECLS
