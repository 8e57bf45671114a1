/* ooo-template-segment.h — one timed part of an agenda template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Who speaks in the segment. The nicks ("them", "me", "both") are the values
 * stored in the database and written to files: never rename one. */
typedef enum {
  OOO_SEGMENT_OWNER_THEM,
  OOO_SEGMENT_OWNER_ME,
  OOO_SEGMENT_OWNER_BOTH,
} OooSegmentOwner;

#define OOO_TEMPLATE_SEGMENT_MIN_MINUTES        1
#define OOO_TEMPLATE_SEGMENT_MAX_MINUTES        120
#define OOO_TEMPLATE_SEGMENT_TITLE_MAX_CHARS    100
#define OOO_TEMPLATE_SEGMENT_PROMPTS_MAX_CHARS  4000

#define OOO_TYPE_TEMPLATE_SEGMENT (ooo_template_segment_get_type ())
G_DECLARE_FINAL_TYPE (OooTemplateSegment, ooo_template_segment, OOO, TEMPLATE_SEGMENT, GObject)

OooTemplateSegment *ooo_template_segment_new         (const char          *title,
                                                      guint                minutes,
                                                      OooSegmentOwner      owner,
                                                      const char          *prompts);
OooTemplateSegment *ooo_template_segment_copy        (OooTemplateSegment  *self);

const char         *ooo_template_segment_get_uuid    (OooTemplateSegment  *self);
void                ooo_template_segment_set_uuid    (OooTemplateSegment  *self,
                                                      const char          *uuid);
const char         *ooo_template_segment_get_title   (OooTemplateSegment  *self);
void                ooo_template_segment_set_title   (OooTemplateSegment  *self,
                                                      const char          *title);
guint               ooo_template_segment_get_minutes (OooTemplateSegment  *self);
void                ooo_template_segment_set_minutes (OooTemplateSegment  *self,
                                                      guint                minutes);
OooSegmentOwner     ooo_template_segment_get_owner   (OooTemplateSegment  *self);
void                ooo_template_segment_set_owner   (OooTemplateSegment  *self,
                                                      OooSegmentOwner      owner);
const char         *ooo_template_segment_get_prompts (OooTemplateSegment  *self);
void                ooo_template_segment_set_prompts (OooTemplateSegment  *self,
                                                      const char          *prompts);
char              **ooo_template_segment_dup_prompt_lines (OooTemplateSegment *self);

gboolean            ooo_template_segment_validate    (OooTemplateSegment  *self,
                                                      guint                position,
                                                      GError             **error);

const char         *ooo_segment_owner_to_label       (OooSegmentOwner      owner);
const char         *ooo_segment_owner_to_nick        (OooSegmentOwner      owner);
gboolean            ooo_segment_owner_from_nick      (const char          *nick,
                                                      OooSegmentOwner     *owner);

G_END_DECLS
