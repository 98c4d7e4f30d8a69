from .common import MemberCase


class TestDuplicates(MemberCase):

    def test_same_rc_and_court_flagged(self):
        other = self.create_member(name='Nom sans rapport', ccis_rc='55001',
                                   ccis_court_id=self.court_rabat.id)
        self.assertIn(self.member_rabat, other.ccis_duplicate_ids)
        self.assertIn(other, self.member_rabat.ccis_duplicate_ids)

    def test_same_rc_other_court_not_flagged(self):
        other = self.create_member(name='Nom sans rapport', ccis_rc='55001',
                                   ccis_court_id=self.court_kenitra.id)
        self.assertNotIn(self.member_rabat, other.ccis_duplicate_ids)

    def test_normalised_name_flagged(self):
        first = self.create_member(name='Menuiserie Ébène du Gharb')
        second = self.create_member(name='  MENUISERIE   ebene  DU gharb sarl')
        self.assertIn(first, second.ccis_duplicate_ids)

    def test_arabic_name_matches_latin_name(self):
        latin = self.create_member(name='Coopérative Al Wafae Zemmour',
                                   ccis_member_kind='cooperative')
        arabic = self.create_member(name='تعاونية الوفاء زمور', ccis_member_kind='cooperative')
        self.assertIn(latin, arabic.ccis_duplicate_ids)

    def test_search_filter_lists_duplicates(self):
        other = self.create_member(name='Autre nom', ccis_rc='55001',
                                   ccis_court_id=self.court_rabat.id)
        found = self.Partner.search([('ccis_duplicate_ids', '!=', False),
                                     ('id', 'in', (other | self.member_kenitra).ids)])
        self.assertEqual(found, other)

    def test_search_filter_on_every_key(self):
        """The filter flags the members sharing a normalised name, or a skeleton of the French
        name of one and the Arabic name of another; not a member whose own French and Arabic
        names agree, nor one whose only twin is archived; '= False' is the complement."""
        first = self.create_member(name='Menuiserie Ébène du Gharb')
        second = self.create_member(name='MENUISERIE  ebene DU gharb sarl')
        latin = self.create_member(name='Coopérative Al Wafae Zemmour',
                                   ccis_member_kind='cooperative')
        arabic = self.create_member(name='Wafae Services', ccis_name_ar='تعاونية الوفاء زمور',
                                    ccis_member_kind='cooperative')
        alone = self.create_member(name='Coopérative Nour Saiss', ccis_name_ar='تعاونية نور سايس',
                                   ccis_member_kind='cooperative')
        kept = self.create_member(name='Ferronnerie Bab Lamrissa')
        archived = self.create_member(name='Ferronnerie Bab Lamrissa')
        archived.active = False
        members = first | second | latin | arabic | alone | kept
        flagged = self.Partner.search([('ccis_duplicate_ids', '!=', False),
                                       ('id', 'in', members.ids)])
        self.assertEqual(flagged, first | second | latin | arabic)
        unflagged = self.Partner.search([('ccis_duplicate_ids', '=', False),
                                         ('id', 'in', members.ids)])
        self.assertEqual(unflagged, alone | kept)
        archived.active = True
        self.assertIn(kept, self.Partner.search([('ccis_duplicate_ids', '!=', False),
                                                 ('id', 'in', members.ids)]))

    def test_merge_moves_relations_and_deletes_source(self):
        dst = self.create_member(name='Ferronnerie Sbai')
        src = self.create_member(name='Ferronnerie SBAI', ccis_ice=False, phone='0537000000')
        doc = self.env['ccis.member.document'].create({
            'partner_id': src.id, 'name': 'Statuts',
            'type_id': self.env.ref('ccis_member.ccis_member_document_type_statuts').id})
        contact = self.Partner.create({'name': 'Contact', 'parent_id': src.id})
        wizard = self.env['ccis.member.merge.wizard'].create({
            'partner_ids': [(6, 0, (dst | src).ids)], 'dst_partner_id': dst.id})
        wizard.action_merge()
        self.assertFalse(src.exists())
        self.assertEqual(doc.partner_id, dst)
        self.assertEqual(contact.parent_id, dst)
        self.assertEqual(dst.phone, '0537000000')
        self.assertIn('fusionnées dans celle-ci', dst.message_ids[0].body)

    def test_merge_action_from_form_proposes_duplicates(self):
        other = self.create_member(name='Autre', ccis_rc='55001',
                                   ccis_court_id=self.court_rabat.id)
        action = self.member_rabat.action_ccis_merge_duplicates()
        ids = action['context']['default_partner_ids'][0][2]
        self.assertEqual(set(ids), {self.member_rabat.id, other.id})
