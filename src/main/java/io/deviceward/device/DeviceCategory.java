package io.deviceward.device;

public enum DeviceCategory {
    AUTOCLAVE("Autoclave / steriliser"),
    PATIENT_MONITOR("Patient monitor"),
    IMAGING("Imaging (X-ray, intraoral camera, CBCT)"),
    DENTAL_CHAIR("Dental chair / unit"),
    INFUSION_PUMP("Infusion pump"),
    ANALYSER("Lab or diagnostic analyser"),
    PRINTER_SCANNER("Printer / scanner"),
    WORKSTATION("Workstation"),
    NETWORK_EQUIPMENT("Network equipment"),
    OTHER("Other");

    private final String label;

    DeviceCategory(String label) { this.label = label; }

    public String label() { return label; }
}
