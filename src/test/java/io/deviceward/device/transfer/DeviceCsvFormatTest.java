package io.deviceward.device.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.device.Answer;
import io.deviceward.device.ConnectionType;
import io.deviceward.device.Criticality;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.DisposalMethod;
import io.deviceward.device.PostureCheck;
import io.deviceward.device.PostureItem;
import io.deviceward.device.RemoteAccess;
import io.deviceward.shared.InvalidInputException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

public class DeviceCsvFormatTest {

    @Test
    void theColumnsAreTheJsonNamesInTheDocumentedOrder() {
        List<String> expected = new ArrayList<>(List.of(
                "name",
                "category",
                "manufacturer",
                "model",
                "serialNumber",
                "location",
                "responsiblePerson",
                "vendorSupportContact",
                "hostname",
                "ipAddresses",
                "macAddress",
                "connection",
                "segmentId",
                "firmwareVersion",
                "firmwareUpdatedOn",
                "operatingSystem",
                "osEndOfSupport",
                "storesPatientData",
                "remoteAccess",
                "criticality",
                "udi",
                "deviceClass",
                "status",
                "plannedOn",
                "inServiceOn",
                "outOfServiceOn",
                "decommissionedOn",
                "disposalMethod",
                "disposedBy"));
        for (PostureItem item : PostureItem.values()) {
            expected.addAll(List.of(
                    "posture." + item.key() + ".state",
                    "posture." + item.key() + ".checkedOn",
                    "posture." + item.key() + ".note"));
        }
        expected.addAll(List.of("posture.lastSuccessfulBackup", "notes"));

        assertThat(DeviceCsvFormat.COLUMNS).containsExactlyElementsOf(expected);
    }

    @Test
    void everyPropertyOfTheDetailsHasAColumn() throws Exception {
        // Guards against a field added to DeviceDetails but forgotten here (the export would lose it).
        for (PropertyDescriptor property :
                Introspector.getBeanInfo(DeviceDetails.class, Object.class).getPropertyDescriptors()) {
            if (property.getName().equals("posture")) continue;
            assertThat(DeviceCsvFormat.COLUMNS)
                    .as("column for %s", property.getName())
                    .contains(property.getName());
        }
        assertThat(DeviceCsvFormat.COLUMNS.stream().filter(c -> c.startsWith("posture.")))
                .hasSize(PostureItem.values().length * 3 + 1);
    }

    @Test
    void theTemplateIsTheHeaderLine() throws Exception {
        StringWriter out = new StringWriter();
        DeviceCsvWriter.writeTemplate(out);

        assertThat(out.toString()).isEqualTo(String.join(",", DeviceCsvFormat.COLUMNS) + "\r\n");
        assertThat(DeviceCsvReader.read(out.toString()).rows()).isEmpty();
    }

    @Test
    void writingAndReadingBackGivesTheSameDetails() throws Exception {
        DeviceDetails full = fullyPopulated();
        DeviceDetails sparse = new DeviceDetails();
        sparse.setName("Autoclave");
        sparse.setCategory("AUTOCLAVE");
        sparse.setManufacturer("Melag");
        sparse.setModel("Vacuklav 31-B+");

        StringWriter out = new StringWriter();
        DeviceCsvWriter.write(Stream.of(full, sparse), out);
        DeviceCsvReader.Sheet sheet = DeviceCsvReader.read(out.toString());

        assertThat(sheet.columns()).containsExactlyElementsOf(DeviceCsvFormat.COLUMNS);
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows()).allSatisfy(row -> assertThat(row.errors()).isEmpty());
        assertThat(DeviceCsvFormat.cells(sheet.rows().get(0).details())).isEqualTo(DeviceCsvFormat.cells(full));
        assertThat(DeviceCsvFormat.cells(sheet.rows().get(1).details())).isEqualTo(DeviceCsvFormat.cells(sparse));
        assertThat(sheet.rows().get(0).details().getPosture()).isEqualTo(full.getPosture());
        assertThat(sheet.rows().get(0).details().getIpAddresses()).containsExactly("10.0.0.5", "fe80::1");
    }

    @Test
    void writesDatesIsoChoicesByNameAndAddressesSpaceSeparated() throws Exception {
        StringWriter out = new StringWriter();
        DeviceCsvWriter.write(Stream.of(fullyPopulated()), out);
        String row = out.toString().split("\r\n", 3)[1];

        assertThat(row)
                .startsWith("\"Chair 1, surgery 2\",DENTAL_CHAIR,Sirona,")
                .contains(",10.0.0.5 fe80::1,00:1a:2b:3c:4d:5e,WIFI,")
                .contains(",2026-03-01,")
                .contains(",IN_SERVICE,");
    }

    @Test
    void valuesASpreadsheetWouldRunAsFormulasAreDefusedAndReadBackUnchanged() throws Exception {
        DeviceDetails details = minimal("=HYPERLINK(\"http://evil\")");
        details.setNotes("-1 spare");
        details.setLocation("'=already quoted");
        StringWriter out = new StringWriter();
        DeviceCsvWriter.write(Stream.of(details), out);

        assertThat(out.toString())
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
                .contains("'-1 spare")
                .contains("''=already quoted");
        DeviceDetails back =
                DeviceCsvReader.read(out.toString()).rows().getFirst().details();
        assertThat(back.getName()).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(back.getNotes()).isEqualTo("-1 spare");
        assertThat(back.getLocation()).isEqualTo("'=already quoted");
    }

    @Test
    void readsUtf8WithBomSemicolonsAndHeadersInAnyCaseWithSpaces() {
        String csv = "\uFEFF Name ;CATEGORY; manufacturer ;Model;ipaddresses;Posture.Firewall.State\r\n"
                + "Röntgen Süd;IMAGING;Dürr Dental;VistaScan;10.0.0.7;yes\r\n";

        DeviceCsvReader.Sheet sheet = DeviceCsvReader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.columns())
                .containsExactly("name", "category", "manufacturer", "model", "ipAddresses", "posture.firewall.state");
        DeviceDetails details = sheet.rows().getFirst().details();
        assertThat(details.getName()).isEqualTo("Röntgen Süd");
        assertThat(details.getManufacturer()).isEqualTo("Dürr Dental");
        assertThat(details.getIpAddresses()).containsExactly("10.0.0.7");
        assertThat(details.getPosture().get(PostureItem.FIREWALL).getState()).isEqualTo(Answer.YES);
    }

    @Test
    void readsUtf8WithoutBomAndCommas() {
        String csv = "name,category,manufacturer,model\nMonitor,PATIENT_MONITOR,Philips,\"IntelliVue, MX450\"\n";

        DeviceDetails details = DeviceCsvReader.read(csv.getBytes(StandardCharsets.UTF_8))
                .rows()
                .getFirst()
                .details();

        assertThat(details.getModel()).isEqualTo("IntelliVue, MX450");
    }

    @Test
    void acceptsChoicesByNameOrLabelInAnyCase() {
        String csv =
                "name,category,manufacturer,model,connection,status,remoteAccess,storesPatientData,disposalMethod,criticality\n"
                        + "A,OTHER,M,X,Wi-Fi,in service,On request,yes,Returned to vendor,critical\n"
                        + "B,OTHER,M,X,wifi,OUT_OF_SERVICE,on_request,No,returned-to-vendor,High\n";

        List<DeviceCsvReader.Row> rows = DeviceCsvReader.read(csv).rows();

        for (DeviceCsvReader.Row row : rows) {
            assertThat(row.errors()).isEmpty();
            assertThat(row.details().getConnection()).isEqualTo(ConnectionType.WIFI);
            assertThat(row.details().getRemoteAccess()).isEqualTo(RemoteAccess.ON_REQUEST);
            assertThat(row.details().getDisposalMethod()).isEqualTo(DisposalMethod.RETURNED_TO_VENDOR);
        }
        assertThat(rows.get(0).details().getStatus()).isEqualTo(DeviceStatus.IN_SERVICE);
        assertThat(rows.get(0).details().getStoresPatientData()).isEqualTo(Answer.YES);
        assertThat(rows.get(0).details().getCriticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(rows.get(1).details().getStatus()).isEqualTo(DeviceStatus.OUT_OF_SERVICE);
        assertThat(rows.get(1).details().getStoresPatientData()).isEqualTo(Answer.NO);
    }

    @Test
    void splitsSeveralAddressesInOneCellByCommaSemicolonOrSpace() {
        String csv = "name,category,manufacturer,model,ipAddresses\n"
                + "A,OTHER,M,X,\"10.0.0.1, 10.0.0.2\"\n"
                + "B,OTHER,M,X,10.0.0.1;fe80::1\n"
                + "C,OTHER,M,X,10.0.0.1   10.0.0.3\n";

        List<DeviceCsvReader.Row> rows = DeviceCsvReader.read(csv).rows();

        assertThat(rows.get(0).details().getIpAddresses()).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(rows.get(1).details().getIpAddresses()).containsExactly("10.0.0.1", "fe80::1");
        assertThat(rows.get(2).details().getIpAddresses()).containsExactly("10.0.0.1", "10.0.0.3");
    }

    @Test
    void anEmptyCellIsNotSet() {
        String csv =
                "name,category,manufacturer,model,serialNumber,status,storesPatientData,firmwareUpdatedOn,connection\n"
                        + "A,OTHER,M,X, ,,,,\n";

        DeviceDetails details = DeviceCsvReader.read(csv).rows().getFirst().details();

        assertThat(details.getSerialNumber()).isNull();
        assertThat(details.getFirmwareUpdatedOn()).isNull();
        assertThat(details.getConnection()).isNull();
        assertThat(details.getStatus()).isEqualTo(DeviceStatus.IN_SERVICE); // the defaults of a new device
        assertThat(details.getStoresPatientData()).isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void aCellThatCannotBeReadIsAnErrorOfItsRowNamingTheColumn() {
        String csv = "name,category,manufacturer,model,firmwareUpdatedOn,connection,segmentId\n"
                + "A,OTHER,M,X,2026-01-01,WIRED,\n"
                + "\n"
                + "B,OTHER,M,X,23.11.2026,carrier pigeon,not-a-uuid\n";

        List<DeviceCsvReader.Row> rows = DeviceCsvReader.read(csv).rows();

        assertThat(rows).extracting(DeviceCsvReader.Row::number).containsExactly(2, 4); // spreadsheet rows: header is 1
        assertThat(rows.get(0).errors()).isEmpty();
        DeviceCsvReader.Row bad = rows.get(1);
        assertThat(bad.details()).isNull();
        assertThat(bad.value("name")).isEqualTo("B");
        assertThat(bad.errors()).containsOnlyKeys("firmwareUpdatedOn", "connection", "segmentId");
        assertThat(bad.errors().get("firmwareUpdatedOn"))
                .isEqualTo("\"23.11.2026\" is not a date in the form yyyy-MM-dd (such as 2026-11-23)");
        assertThat(bad.errors().get("connection"))
                .isEqualTo("\"carrier pigeon\" is not one of WIRED, WIFI, BLUETOOTH, CELLULAR, NONE");
    }

    @Test
    void unknownColumnsAreAnErrorNamingThem() {
        assertThatThrownBy(() ->
                        DeviceCsvReader.read("name,category,manufacturer,model,colour,Serial No\nA,OTHER,M,X,red,1\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Unknown columns \"colour\", \"Serial No\". The columns are: name, category,")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("file");
    }

    @Test
    void missingRequiredColumnsAreAnError() {
        assertThatThrownBy(() -> DeviceCsvReader.read("name,manufacturer\nA,M\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "The header line lacks the required columns category, model. Download the template to see all columns.");
    }

    @Test
    void aColumnTwiceIsAnError() {
        assertThatThrownBy(() -> DeviceCsvReader.read("name,category,manufacturer,model,Name\nA,OTHER,M,X,B\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Column name appears more than once");
    }

    @Test
    void aValueWithoutAColumnNameIsAnErrorOfItsRow() {
        List<DeviceCsvReader.Row> rows = DeviceCsvReader.read(
                        "name,category,manufacturer,model,\nA,OTHER,M,X,\nB,OTHER,M,X,oops\n")
                .rows();

        assertThat(rows.get(0).errors()).isEmpty();
        assertThat(rows.get(1).errors()).containsValue("Column 5 has a value but no column name in the header line");
    }

    @Test
    void fileErrorsAreClear() {
        assertThatThrownBy(() -> DeviceCsvReader.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The file is empty");
        assertThatThrownBy(() -> DeviceCsvReader.read("name,category,manufacturer,model\nR\u00f6ntgen,OTHER,M,X\n"
                        .getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The file is not UTF-8 text");
        assertThatThrownBy(() -> DeviceCsvReader.read("name,category,manufacturer,model\nA,OTHER,M,X\n\"B,OTHER,M,X\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The file is not valid CSV near line");
    }

    @Test
    void moreThanTheRowLimitIsRefused() {
        StringBuilder csv = new StringBuilder("name,category,manufacturer,model\n");
        for (int i = 0; i < DeviceCsvFormat.MAX_ROWS; i++)
            csv.append("D").append(i).append(",OTHER,M,X\n");
        assertThat(DeviceCsvReader.read(csv.toString()).rows()).hasSize(DeviceCsvFormat.MAX_ROWS);

        csv.append("one,too,many,rows\n");
        assertThatThrownBy(() -> DeviceCsvReader.read(csv.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The file has more than 20,000 rows; split it into smaller files");
    }

    @Test
    void excelsSeparatorLineIsHonoured() {
        List<DeviceCsvReader.Row> rows = DeviceCsvReader.read(
                        "sep=;\r\nname;category;manufacturer;model\r\nA,1;OTHER;M;X\r\n")
                .rows();

        assertThat(rows.getFirst().details().getName()).isEqualTo("A,1");
        assertThat(rows.getFirst().number()).isEqualTo(2);
    }

    @Test
    void theDelimiterIsTakenFromTheHeaderLine() {
        assertThat(DeviceCsvReader.detectDelimiter("name;category;manufacturer;model\nA,B;C;D;E"))
                .isEqualTo(';');
        assertThat(DeviceCsvReader.detectDelimiter("name,category,manufacturer,model\nA;B;C;D;E;F"))
                .isEqualTo(',');
        assertThat(DeviceCsvReader.detectDelimiter("\"a;b;c\",name,x")).isEqualTo(',');
    }

    public static DeviceDetails minimal(String name) {
        DeviceDetails details = new DeviceDetails();
        details.setName(name);
        details.setCategory("OTHER");
        details.setManufacturer("Maker");
        details.setModel("Model");
        return details;
    }

    public static DeviceDetails fullyPopulated() {
        DeviceDetails d = new DeviceDetails();
        d.setName("Chair 1, surgery 2");
        d.setCategory("DENTAL_CHAIR");
        d.setManufacturer("Sirona");
        d.setModel("Intego \"Pro\"");
        d.setSerialNumber("SN-0042");
        d.setLocation("Surgery 2\nsecond floor");
        d.setResponsiblePerson("Dr. Müller");
        d.setVendorSupportContact("support@sirona.example; +49 6251 160");
        d.setHostname("chair1.praxis.local");
        d.setIpAddresses(List.of("10.0.0.5", "fe80::1"));
        d.setMacAddress("00:1a:2b:3c:4d:5e");
        d.setConnection(ConnectionType.WIFI);
        d.setSegmentId(UUID.fromString("3f2a9d2e-1c4b-4e8a-9d3f-0a1b2c3d4e5f"));
        d.setFirmwareVersion("4.2.1");
        d.setFirmwareUpdatedOn(LocalDate.of(2026, 3, 1));
        d.setOperatingSystem("Windows 10 IoT");
        d.setOsEndOfSupport(LocalDate.of(2027, 1, 12));
        d.setStoresPatientData(Answer.YES);
        d.setRemoteAccess(RemoteAccess.ON_REQUEST);
        d.setCriticality(Criticality.HIGH);
        d.setUdi("(01)04012345678901");
        d.setDeviceClass("IIa");
        d.setStatus(DeviceStatus.IN_SERVICE);
        d.setPlannedOn(LocalDate.of(2025, 12, 1));
        d.setInServiceOn(LocalDate.of(2026, 1, 15));
        d.setOutOfServiceOn(null);
        d.setDisposedBy(null);
        Arrays.stream(PostureItem.values())
                .forEach(item -> d.getPosture()
                        .set(
                                item,
                                new PostureCheck(
                                        item.ordinal() % 3 == 0
                                                ? Answer.YES
                                                : item.ordinal() % 3 == 1 ? Answer.NO : Answer.UNKNOWN,
                                        LocalDate.of(2026, 11, 1 + item.ordinal()),
                                        item == PostureItem.BACKUP ? "Nightly, \"NAS\"" : null)));
        d.getPosture().setLastSuccessfulBackup(LocalDate.of(2026, 11, 22));
        d.setNotes("Line one\r\nLine two; with \"quotes\", commas");
        return d;
    }
}
