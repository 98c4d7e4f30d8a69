from .common import MemberCase, new_ice


class TestChatterLanguage(MemberCase):
    """A member's tracked changes, made by a French agent, read in Arabic by an
    Arabic-speaking colleague: the field, the choice and the province in Arabic."""

    def test_tracked_changes_in_the_reader_language(self):
        french = self.env(context=dict(self.env.context, lang='fr_FR',
                                       tracking_disable=False, mail_notrack=False))
        member = french['res.partner'].create({
            'name': 'Suivi bilingue (test)', 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_ice': new_ice()})
        province = self.env['ccis.province'].search([('name_ar', '!=', False)], limit=1)
        member.write({'ccis_member_kind': 'cooperative', 'ccis_province_id': province.id})
        message = member.message_ids.filtered('tracking_value_ids')[:1]
        stored = {tracking.field: tracking for tracking in message.tracking_value_ids}
        # stored in the writer's language
        self.assertEqual(stored['ccis_member_kind'].field_desc, 'Type de ressortissant')
        self.assertEqual(stored['ccis_member_kind'].new_value_char, 'Coopérative')
        self.assertEqual(stored['ccis_province_id'].new_value_char, province.with_context(
            lang='fr_FR').name_get()[0][1])

        def shown(lang):
            formatted = message.with_context(lang=lang).message_format()[0]
            return {value['changed_field']: (value['old_value'], value['new_value'])
                    for value in formatted['tracking_value_ids']}
        self.assertEqual(shown('ar_MA'), {
            'نوع المنتسب': ('شركة', 'تعاونية'),
            'الإقليم / العمالة': ('', province.name_ar),
        })
        self.assertEqual(shown('fr_FR')['Type de ressortissant'], ('Société', 'Coopérative'))
