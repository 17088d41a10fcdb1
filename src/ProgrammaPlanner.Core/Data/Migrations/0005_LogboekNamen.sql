-- The audit log used to store a command's C# class name. Commands now carry a stored name of their own
-- ([Logboek(...)]); rows written under the names of renamed classes get the name the command carries now.
UPDATE audit SET opdracht = CASE opdracht
    WHEN 'AccepteerUitnodiging' THEN 'AcceptUitnodiging'
    WHEN 'Afmelden' THEN 'SignOut'
    WHEN 'BeeindigSessie' THEN 'EndSessie'
    WHEN 'HerstelWachtwoord' THEN 'ResetWachtwoord'
    WHEN 'KoppelPartnerLid' THEN 'LinkPartnerLid'
    WHEN 'MaakGebruikerAan' THEN 'CreateGebruiker'
    WHEN 'MaakHerstelLink' THEN 'CreateHerstelLink'
    WHEN 'MaakInrichtingslink' THEN 'CreateInrichtingslink'
    WHEN 'NodigGebruikerUit' THEN 'InviteGebruiker'
    WHEN 'NodigUit' THEN 'InviteLid'
    WHEN 'RichInstallatieIn' THEN 'SetUpInstallatie'
    WHEN 'SluitInvoer' THEN 'CloseInvoer'
    WHEN 'SluitStemronde' THEN 'CloseStemronde'
    WHEN 'TrekUitnodigingIn' THEN 'RevokeUitnodiging'
    WHEN 'VerwijderGebruiker' THEN 'DeleteGebruiker'
    WHEN 'WijzigLidmaatschap' THEN 'UpdateLidmaatschap'
    WHEN 'WijzigWachtwoord' THEN 'ChangeWachtwoord'
    WHEN 'ZetBeheerder' THEN 'SetBeheerder'
    ELSE opdracht END;
