from odoo.exceptions import UserError

from .common import EconomicWatchCommon


class TestNewsletter(EconomicWatchCommon):
    """Newsletters go to the members a segment chooses by sector, territory and status;
    members who opted out, struck off or without email receive nothing."""

    @classmethod
    def setUpClass(cls):
        super(TestNewsletter, cls).setUpClass()
        Sector = cls.env['ccis.member.sector']
        industrie = cls.env.ref('ccis_member.ccis_member_category_industrie')
        commerce = cls.env.ref('ccis_member.ccis_member_category_commerce')
        cls.industry = Sector.create({'name': 'Industrie test', 'code': 'TVE-IND',
                                      'category_id': industrie.id})
        cls.agro = Sector.create({'name': 'Agroalimentaire test', 'code': 'TVE-IND-AGRO',
                                  'category_id': industrie.id, 'parent_id': cls.industry.id})
        cls.trade = Sector.create({'name': 'Commerce test', 'code': 'TVE-COM',
                                   'category_id': commerce.id})
        cls.agro_jadida = cls._member('Conserverie Doukkala', cls.agro, cls.el_jadida)
        cls.ind_settat = cls._member('Chaouia Métal', cls.industry, cls.settat)
        cls.ind_dormant = cls._member('Plastiques Azemmour', cls.industry, cls.el_jadida,
                                      state='dormant')
        cls.opted_out = cls._member('Sucrerie Sidi Bennour', cls.industry, cls.el_jadida,
                                    opt_out=True)
        cls.trader = cls._member('Comptoir El Jadida', cls.trade, cls.el_jadida)
        cls.ind_marrakech = cls._member('Atlas Emballages', cls.industry, cls.marrakech)
        cls.struck_off = cls._member('Tannerie fermée', cls.industry, cls.el_jadida,
                                     state='struck_off')
        cls.no_email = cls._member('Atelier sans courriel', cls.industry, cls.el_jadida,
                                   email=False)
        cls.sender = cls._create_user(
            'tve_sender', ['group_ccis_user', 'mass_mailing.group_mass_mailing_user'],
            cls.unit_dap)
        cls.Segment = cls.env['ccis.newsletter.segment']

    @classmethod
    def _member(cls, name, sector, province, state='active', email=True, opt_out=False):
        return cls.env['res.partner'].create({
            'name': name, 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_sector_id': sector.id,
            'ccis_province_id': province.id, 'ccis_state': state, 'opt_out': opt_out,
            'email': '%s@example.ma' % name.lower().replace(' ', '.') if email else False,
        })

    def _segment(self, user=None, **values):
        values.setdefault('name', 'Cible test')
        return self.Segment.sudo(user or self.staff).create(values)

    def _recipients(self, segment):
        return self.env['res.partner'].search(segment._recipients_domain())

    def test_recipients_by_sector_territory_status(self):
        segment = self._segment(sector_ids=[(6, 0, self.industry.ids)],
                                province_ids=[(6, 0, self.el_jadida.ids)], member_state='active')
        self.assertEqual(self._recipients(segment), self.agro_jadida)
        self.assertEqual(segment.recipient_count, 1)
        segment.member_state = False        # every status but struck off
        self.assertEqual(self._recipients(segment), self.agro_jadida | self.ind_dormant)
        segment.write({'province_ids': [(5,)], 'region_ids': [(6, 0, self.region.ids)]})
        self.assertEqual(self._recipients(segment),
                         self.agro_jadida | self.ind_dormant | self.ind_settat)
        segment.member_state = 'struck_off'
        self.assertEqual(self._recipients(segment), self.struck_off)
        trade = self._segment(sector_ids=[(6, 0, self.trade.ids)])
        self.assertEqual(self._recipients(trade), self.trader)

    def test_newsletter_sent_to_segment_only_opted_out_excluded(self):
        segment = self._segment(user=self.sender, sector_ids=[(6, 0, self.industry.ids)],
                                province_ids=[(6, 0, self.el_jadida.ids)])
        study = self._document(visibility='members')
        study.action_publish()
        wizard = self.env['ccis.newsletter.wizard'].sudo(self.sender).create({
            'segment_id': segment.id, 'subject': 'Lettre de la veille économique 2031',
            'body': '<p>Les chiffres du trimestre.</p>',
            'documentation_ids': [(6, 0, study.ids)]})
        action = wizard.action_create_mailing()
        mailing = self.env['mail.mass_mailing'].browse(action['res_id'])
        self.assertEqual(mailing.ccis_segment_id, segment)
        self.assertEqual(mailing.mailing_model_real, 'res.partner')
        self.assertIn('/unsubscribe_from_list', mailing.body_html)
        self.assertEqual(mailing.attachment_ids.mapped('datas_fname'), ['etude.pdf'])
        # a member opts out after the newsletter was prepared: still excluded at sending
        self.ind_dormant.opt_out = True
        # mass_mailing sends at once and deletes the emails sent unless archives are kept
        mailing.keep_archives = True
        mailing.sudo(self.sender).send_mail()
        mails = self.env['mail.mail'].search([('mailing_id', '=', mailing.id)])
        self.assertEqual(mails.mapped('recipient_ids'), self.agro_jadida)
        statistics = self.env['mail.mail.statistics'].search(
            [('mass_mailing_id', '=', mailing.id)])
        self.assertEqual(statistics.mapped('res_id'), self.agro_jadida.ids)
        for partner in (self.opted_out, self.ind_dormant, self.struck_off, self.no_email,
                        self.ind_settat, self.trader):
            self.assertFalse(self.env['mail.mail'].search(
                [('mailing_id', '=', mailing.id), ('recipient_ids', 'in', partner.ids)]))
        self.assertEqual(segment.mailing_count, 1)

    def test_unsubscribed_member_receives_no_later_newsletter(self):
        segment = self._segment(user=self.sender, sector_ids=[(6, 0, self.industry.ids)],
                                province_ids=[(6, 0, self.el_jadida.ids)])
        Mailing = self.env['mail.mass_mailing'].sudo(self.sender)

        def send(subject):
            wizard = self.env['ccis.newsletter.wizard'].sudo(self.sender).create({
                'segment_id': segment.id, 'subject': subject})
            mailing = Mailing.browse(wizard.action_create_mailing()['res_id'])
            mailing.send_mail()
            return set(self.env['mail.mail.statistics'].search(
                [('mass_mailing_id', '=', mailing.id)]).mapped('res_id')), mailing

        received, first = send('Lettre de janvier 2031')
        self.assertEqual(received, {self.agro_jadida.id, self.ind_dormant.id})
        # the member follows the unsubscribe link of the first letter (mass_mailing's route
        # calls update_opt_out with the member's address)
        first.sudo().update_opt_out(self.ind_dormant.email, [self.ind_dormant.id], True)
        self.assertTrue(self.ind_dormant.opt_out)
        segment.invalidate_cache()
        self.assertEqual(segment.recipient_count, 1)
        received, _second = send('Lettre de février 2031')
        self.assertEqual(received, {self.agro_jadida.id})

    def test_internal_document_cannot_be_attached(self):
        segment = self._segment(user=self.sender)
        internal = self._document(visibility='internal')
        wizard = self.env['ccis.newsletter.wizard'].sudo(self.sender).create({
            'segment_id': segment.id, 'subject': 'Lettre interne',
            'documentation_ids': [(6, 0, internal.ids)]})
        with self.assertRaisesRegex(UserError, 'diffusable aux ressortissants'):
            wizard.action_create_mailing()

    def test_agent_without_mailing_right_is_told(self):
        segment = self._segment()
        with self.assertRaisesRegex(UserError, 'Marketing par courriel'):
            segment.sudo(self.staff).action_new_newsletter()
        self.assertEqual(segment.sudo(self.sender).action_new_newsletter()['res_model'],
                         'ccis.newsletter.wizard')
