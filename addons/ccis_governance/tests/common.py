from odoo.addons.ccis_base.tests.common import CcisTestFactory
from odoo.tests.common import SavepointCase


class GovernanceCommon(CcisTestFactory, SavepointCase):
    """A bureau of six and a committee of four, owned by a test Relations
    Institutionnelles unit; one user of each group."""

    @classmethod
    def setUpClass(cls):
        super(GovernanceCommon, cls).setUpClass()
        cls._setup_test_env()
        cls.unit_dr = cls._create_unit('TG-DR', 'Direction (test gouv.)', 'direction')
        cls.unit_ri = cls._create_unit('TG-RI', 'Relations institutionnelles (test)',
                                       'department', parent=cls.unit_dr)
        cls.unit_ap = cls._create_unit('TG-AP', 'Appui et promotion (test)', 'department',
                                       parent=cls.unit_dr)

        cls.ri_user = cls._create_user('tg_ri', 'ccis_base.group_ccis_user', cls.unit_ri)
        cls.ap_user = cls._create_user('tg_ap', 'ccis_base.group_ccis_user', cls.unit_ap)
        cls.direction_user = cls._create_user(
            'tg_direction', 'ccis_base.group_ccis_direction', cls.unit_dr)
        cls.bureau_user = cls._create_user('tg_bureau', 'ccis_base.group_ccis_bureau',
                                           cls.unit_dr)
        cls.unit_ap.manager_id = cls.ap_user.employee_ids[0]

        Partner = cls.env['res.partner']
        cls.partners = Partner
        for index, name in enumerate(['Ahmed Bennis', 'Leila Fassi', 'Karim Jettou',
                                      'Nora Sqalli', 'Youssef Hajji', 'Imane Lazrak'], 1):
            cls.partners |= Partner.create({
                'name': name, 'email': 'elu%d@example.ma' % index, 'lang': 'fr_FR'})
        cls.committee_partners = Partner
        for index, name in enumerate(['Samir Guessous', 'Hind Marrakchi', 'Adil Tazi',
                                      'Sanae Berrada'], 1):
            cls.committee_partners |= Partner.create({
                'name': name, 'email': 'com%d@example.ma' % index})

        Organ = cls.env['ccis.organ']
        cls.bureau = Organ.create({
            'name': 'Bureau (test)', 'code': 'tbu', 'kind': 'bureau', 'unit_id': cls.unit_ri.id,
            'quorum_share': 50.0, 'quorum_strict': True, 'quorum_count_proxies': True,
            'second_quorum_share': 0.0, 'majority_rule': 'absolute', 'tie_rule': 'president',
        })
        cls.committee = Organ.create({
            'name': 'Commission (test)', 'code': 'TCO', 'kind': 'committee_regional',
            'unit_id': cls.unit_ri.id, 'followup_organ_id': cls.bureau.id,
            'majority_rule': 'simple', 'tie_rule': 'rejected',
        })
        roles = ['president', 'vice_president', 'treasurer', 'rapporteur', 'member', 'member']
        Member = cls.env['ccis.organ.member']
        cls.category_commerce = cls.env.ref('ccis_member.ccis_member_category_commerce')
        cls.category_services = cls.env.ref('ccis_member.ccis_member_category_services')
        cls.members = Member
        for partner, role in zip(cls.partners, roles):
            cls.members |= Member.create({
                'organ_id': cls.bureau.id, 'partner_id': partner.id, 'role': role,
                'category_id': cls.category_commerce.id, 'date_start': '2021-09-01',
                'date_end': '2027-08-31'})
        cls.committee_members = Member
        for partner in cls.committee_partners:
            cls.committee_members |= Member.create({
                'organ_id': cls.committee.id, 'partner_id': partner.id,
                'role': 'member', 'category_id': cls.category_services.id})

        cls.elected_user = cls._create_user('tg_elu', 'ccis_governance.group_ccis_elected',
                                            partner=cls.partners[1])
        cls.committee_elected_user = cls._create_user(
            'tg_elu_com', 'ccis_governance.group_ccis_elected',
            partner=cls.committee_partners[0])

    @classmethod
    def _create_meeting(cls, organ=None, date='2026-03-12 09:00:00', items=1, **vals):
        organ = organ or cls.bureau
        values = {'organ_id': organ.id, 'date': date, 'place': 'Siège, Rabat'}
        values.update(vals)
        meeting = cls.env['ccis.meeting'].create(values)
        for index in range(items):
            cls.env['ccis.meeting.item'].create({
                'meeting_id': meeting.id, 'sequence': index, 'name': 'Point %d' % (index + 1),
            })
        meeting.action_load_members()
        return meeting

    def _set_attendance(self, meeting, values):
        """values: list of attendance codes (or (code, holder_index)) in member order."""
        lines = meeting.attendee_ids.sorted(lambda a: a.member_id.id)
        # present members first, so proxy holders are present when proxies are checked
        for line, value in sorted(zip(lines, values), key=lambda lv: lv[1] != 'present'):
            if isinstance(value, tuple):
                code, holder = value
                line.write({'attendance': code, 'proxy_holder_id': lines[holder].member_id.id})
            else:
                line.write({'attendance': value, 'proxy_holder_id': False})
        return lines

    @classmethod
    def _held_meeting(cls, organ=None, date='2026-03-12 09:00:00', **vals):
        meeting = cls._create_meeting(organ=organ, date=date, **vals)
        meeting.attendee_ids.write({'attendance': 'present'})
        meeting.write({'state': 'convened'})
        meeting.action_hold()
        return meeting
