-- The herkomst and prioritering of the plan at the moment a version was frozen (JSON, see Planversies/Versiebijlage), kept with
-- its snapshot so the appendix of its printed copies is the one the concept had, not the live data at print time.
-- NULL: frozen before this column existed. Written once with the version, never changed.
ALTER TABLE planversie ADD COLUMN bijlage TEXT NULL;

CREATE TRIGGER planversie_bijlage_onveranderlijk BEFORE UPDATE OF bijlage ON planversie
BEGIN
    SELECT RAISE(ABORT, 'Een vastgelegde planversie verandert nooit.');
END;
