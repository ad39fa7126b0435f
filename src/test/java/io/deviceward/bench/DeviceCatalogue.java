package io.deviceward.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The makes and models the benchmark's devices are drawn from, weighted roughly like the equipment
 * of a dental or general practice. One manufacturer, Euronda, is deliberately rare (about 0.3 % of
 * devices), so that searching for it matches a few hundred devices of a 100,000-device practice.
 */
final class DeviceCatalogue {
    private DeviceCatalogue() {}

    /** A model of a category; {@code weight} is its share in per mille of all devices. */
    record Model(
            String category,
            String label,
            String manufacturer,
            String model,
            String serialPrefix,
            String oui,
            int weight) {}

    /** The search term that matches the rare manufacturer (and nothing else in the generated data). */
    static final String RARE_TERM = "Euronda";

    static final List<Model> MODELS = List.of(
            new Model("AUTOCLAVE", "Autoclave", "Melag", "Vacuklav 31 B+", "MLG31", "00:1b:5e", 25),
            new Model("AUTOCLAVE", "Autoclave", "Melag", "Vacuklav 43 B+", "MLG43", "00:1b:5e", 15),
            new Model("AUTOCLAVE", "Autoclave", "W&H", "Lisa 522", "WH522", "00:0e:c6", 17),
            new Model("AUTOCLAVE", "Autoclave", "Euronda", "E9 Next", "EUE9N", "00:50:c2", 3),
            new Model("PATIENT_MONITOR", "Patient monitor", "Philips", "IntelliVue MX450", "PHMX450", "00:09:fb", 30),
            new Model("PATIENT_MONITOR", "Patient monitor", "Philips", "IntelliVue MX550", "PHMX550", "00:09:fb", 15),
            new Model(
                    "PATIENT_MONITOR", "Patient monitor", "GE Healthcare", "Carescape B450", "GECB450", "00:1e:8f", 20),
            new Model("PATIENT_MONITOR", "Patient monitor", "Mindray", "ePM 10", "MREPM10", "00:1f:29", 15),
            new Model("IMAGING", "Intraoral X-ray", "Dürr Dental", "VistaIntra DC", "DDVIDC", "00:0d:8d", 30),
            new Model("IMAGING", "Image plate scanner", "Dürr Dental", "VistaScan Mini View", "DDVSMV", "00:0d:8d", 25),
            new Model("IMAGING", "CBCT", "Planmeca", "ProMax 3D Mid", "PMPX3D", "00:1d:c1", 15),
            new Model("IMAGING", "Panoramic X-ray", "Carestream", "CS 8100", "CS8100", "00:11:85", 20),
            new Model("DENTAL_CHAIR", "Dental chair", "KaVo", "ESTETICA E70", "KVE70", "00:0c:4a", 30),
            new Model("DENTAL_CHAIR", "Dental chair", "KaVo", "uniQa", "KVUNQ", "00:0c:4a", 15),
            new Model("DENTAL_CHAIR", "Dental unit", "Dentsply Sirona", "Intego", "DSINT", "00:24:7e", 20),
            new Model("DENTAL_CHAIR", "Dental unit", "Planmeca", "Compact i5", "PMCI5", "00:1d:c1", 15),
            new Model("INFUSION_PUMP", "Infusion pump", "B. Braun", "Infusomat Space", "BBIS", "00:07:9b", 25),
            new Model("INFUSION_PUMP", "Infusion pump", "BD", "Alaris GP", "BDAGP", "00:12:4b", 20),
            new Model("INFUSION_PUMP", "Infusion pump", "Fresenius Kabi", "Agilia VP", "FKAVP", "00:22:58", 15),
            new Model("ANALYSER", "Blood gas analyser", "Roche", "cobas b 101", "RCB101", "00:0a:cd", 20),
            new Model("ANALYSER", "HbA1c analyser", "Abbott", "Afinion 2", "ABAF2", "00:17:23", 15),
            new Model(
                    "ANALYSER", "Urine analyser", "Siemens Healthineers", "CLINITEK Status+", "SHCLS", "00:0e:8c", 15),
            new Model("PRINTER_SCANNER", "Printer", "Brother", "MFC-L8900CDW", "BRL89", "00:80:77", 40),
            new Model("PRINTER_SCANNER", "Printer", "HP", "LaserJet Pro M404dn", "HPM404", "3c:52:82", 35),
            new Model("PRINTER_SCANNER", "Document scanner", "Epson", "WorkForce DS-530", "EPDS530", "00:26:ab", 20),
            new Model("PRINTER_SCANNER", "Label printer", "Zebra", "ZD421", "ZBZD421", "00:07:4d", 25),
            new Model("WORKSTATION", "Workstation", "Dell", "OptiPlex 7010", "DLO7010", "b0:7b:25", 90),
            new Model("WORKSTATION", "Workstation", "HP", "EliteDesk 800 G9", "HPED800", "3c:52:82", 80),
            new Model("WORKSTATION", "Workstation", "Lenovo", "ThinkCentre M70q", "LNM70Q", "e8:6a:64", 80),
            new Model("WORKSTATION", "Reception PC", "Apple", "iMac 24", "APIMAC24", "f0:18:98", 50),
            new Model("NETWORK_EQUIPMENT", "Access point", "Ubiquiti", "UniFi U6 Pro", "UBU6P", "78:45:58", 40),
            new Model("NETWORK_EQUIPMENT", "Switch", "Cisco", "Catalyst 1000-24T", "CSC1000", "00:1b:d4", 25),
            new Model("NETWORK_EQUIPMENT", "Router", "MikroTik", "hEX S", "MTHEXS", "4c:5e:0c", 15),
            new Model("NETWORK_EQUIPMENT", "Firewall", "Fortinet", "FortiGate 40F", "FG40F", "00:09:0f", 20),
            new Model("OTHER", "IP camera", "Hikvision", "DS-2CD2143G2", "HKDS2CD", "44:19:b6", 25),
            new Model("OTHER", "Desk phone", "Yealink", "T54W", "YLT54W", "80:5e:c0", 35));

    private static final int TOTAL_WEIGHT =
            MODELS.stream().mapToInt(Model::weight).sum();
    private static final Model[] BY_PERMILLE = byWeight();

    static final List<String> LOCATIONS = List.of(
            "Reception",
            "Sterilisation room",
            "Lab",
            "Back office",
            "Server cupboard",
            "X-ray room",
            "Waiting room",
            "Staff room",
            "Treatment room 1",
            "Treatment room 2",
            "Treatment room 3",
            "Treatment room 4",
            "Treatment room 5",
            "Treatment room 6",
            "Treatment room 7",
            "Treatment room 8",
            "Observation room",
            "Consulting room 1",
            "Consulting room 2",
            "Consulting room 3");

    static final List<String> PEOPLE = List.of(
            "Lena Lindner",
            "Sam Staff",
            "Dr. Anna Berg",
            "Dr. Jonas Keller",
            "Mira Sommer",
            "Tom Weber",
            "IT service desk",
            "Practice manager");

    private static Model[] byWeight() {
        Model[] table = new Model[TOTAL_WEIGHT];
        int i = 0;
        for (Model model : MODELS) {
            for (int w = 0; w < model.weight(); w++) table[i++] = model;
        }
        return table;
    }

    static Model pick(SplittableRandom random) {
        return BY_PERMILLE[random.nextInt(BY_PERMILLE.length)];
    }
}
