from .common import GovernanceCommon


class TestMemberCategory(GovernanceCommon):
    """Issue #12: the registry, the organs and the representations use the same member
    categories (ccis_member's ``ccis.member.category``), not three selections."""

    def test_one_model_for_the_three_places(self):
        fields = [self.env['ccis.member.sector']._fields['category_id'],
                  self.env['res.partner']._fields['ccis_category_id'],
                  self.env['ccis.organ.member']._fields['category_id'],
                  self.env['ccis.meeting.attendee']._fields['category_id'],
                  self.env['ccis.representation']._fields['category_id']]
        self.assertEqual({field.comodel_name for field in fields}, {'ccis.member.category'})

    def test_same_records_from_seat_to_representation(self):
        seat = self.members[0]
        self.assertEqual(seat.category_id, self.category_commerce)
        seat.site_id = self.env.ref('ccis_base.ccis_site_head_office_demo')
        body = self.env['ccis.external.body'].create({'name': 'CRI (test)', 'seat_count': 2})
        representation = self.env['ccis.representation'].create({
            'external_body_id': body.id, 'partner_id': seat.partner_id.id,
            'unit_id': self.unit_ri.id, 'date_start': '2026-01-01'})
        self.assertEqual(representation.category_id, self.category_commerce)
        meeting = self._create_meeting()
        attendee = meeting.attendee_ids.filtered(lambda a: a.member_id == seat)
        self.assertEqual(attendee.category_id, self.category_commerce)
        sector = self.env.ref('ccis_member.ccis_member_sector_com')
        self.assertEqual(sector.category_id, representation.category_id)

    def test_elected_member_reads_category_of_seats(self):
        seat = self.members[0].sudo(self.elected_user)
        self.assertEqual(seat.category_id.name, 'Commerce')
        groups = self.env['ccis.organ.member'].sudo(self.elected_user).read_group(
            [('organ_id', '=', self.bureau.id)], ['category_id'], ['category_id'])
        self.assertEqual([group['category_id'][0] for group in groups],
                         [self.category_commerce.id])
