"""B107 pairs a cost standard with the count it pays for: a standard per person (元/人) with
people counted in another unit only when that count's name shares the standard's subject (not
the 人次 of a training beside a 传承人 allowance); and a product over the budget only by the
rounding of the standard (254元 for 253.88元) is no finding."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from goalbook.check import CheckOptions, check_file


def _book(path: Path, budget: float, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026年度项目支出绩效目标表"])
    ws.append(["项目名称", "金溪县群众文化服务提升", "主管部门", "金溪县文化和旅游局"])
    ws.append(["项目期", "1年", "年度资金总额（万元）", budget])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值", "备注"])
    for row in rows:
        ws.append(row)
    ws.append(["满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"])
    wb.save(path)
    return path


def _b107(path: Path) -> list[tuple[str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [
        (f.at.a1 if f.at else "", f.severity.value) for f in result.findings if f.code == "B107"
    ]


def _rows(standard: str, count: str, count_name: str) -> list[list[object]]:
    return [
        ["产出指标", "数量指标", count_name, count],
        [None, "质量指标", "活动安全事故发生次数", "0次"],
        ["成本指标", "经济成本指标", "民间艺人年补助标准", standard, "共15人"],
        ["效益指标", "社会效益指标", "群众文化参与度", "有效提升"],
    ]


def test_a_per_person_standard_is_not_paired_with_another_subjects_visits(
    tmp_path: Path,
) -> None:
    # 0.5万元/人 × 4000人次 of training would be 2000万 against 60万: no such pairing
    path = _book(tmp_path / "a.xlsx", 60, _rows("≤0.5万元/人", "≥4000人次", "公益培训人次"))
    assert _b107(path) == []


def test_a_per_person_standard_is_paired_with_its_own_subjects_count(tmp_path: Path) -> None:
    # the count names the same people (民间艺人年补助 … 人次): 0.5万元 × 400 = 200万 > 60万
    path = _book(
        tmp_path / "b.xlsx", 60, _rows("≤0.5万元/人", "≥400人次", "民间艺人年补助发放人次")
    )
    assert [at for at, _sev in _b107(path)] == ["D7"]


def test_of_several_counts_of_people_the_standard_takes_its_subjects(tmp_path: Path) -> None:
    # 3.1万元/人 × 3100 重点优抚对象 would be 9610万; its own 45 人 of the 光荣院 make 139.5万
    rows = [
        ["产出指标", "数量指标", "重点优抚对象人数", "≥3100人"],
        [None, None, "光荣院集中供养人数", "≥45人"],
        ["成本指标", "经济成本指标", "光荣院人均年供养成本", "≤3.1万元/人"],
        ["效益指标", "社会效益指标", "优抚对象生活水平", "稳步提高"],
    ]
    assert _b107(_book(tmp_path / "a.xlsx", 142.5, rows)) == []
    rows[1][3] = "≥60人"  # 186万 > 142.5万: over by its own count
    assert [at for at, _sev in _b107(_book(tmp_path / "b.xlsx", 142.5, rows))] == ["D7"]


def test_a_standard_per_page_takes_the_pages_counted(tmp_path: Path) -> None:
    rows = [
        ["产出指标", "数量指标", "馆藏档案数字化扫描", "≥150万页"],
        [None, "质量指标", "数字化成果验收合格率", "≥98%"],
        ["成本指标", "经济成本指标", "档案数字化加工单价", "≤0.5元/页"],
        ["效益指标", "社会效益指标", "档案利用便捷程度", "明显提升"],
    ]
    assert _b107(_book(tmp_path / "fits.xlsx", 80, rows)) == []  # 75万 ≤ 80万
    rows[2][3] = "≤0.7元/页"  # 105万 > 80万
    assert [at for at, _sev in _b107(_book(tmp_path / "over.xlsx", 80, rows))] == ["D7"]


def test_a_product_over_the_budget_only_by_rounding_is_no_finding(tmp_path: Path) -> None:
    rows = _rows("≤380元/场", "≥5600场", "送戏下乡演出场次")
    rows[2][2] = "每场演出平均成本"
    # 380 × 5600 = 212.8万 > 212.7万, but 379.5 × 5600 = 212.52万 fits: 380 is 379.8 rounded
    assert _b107(_book(tmp_path / "c.xlsx", 212.7, rows)) == []
    rows[2][3] = "≤420元/场"  # 235.2万: over by more than any rounding
    assert [at for at, _sev in _b107(_book(tmp_path / "d.xlsx", 212.7, rows))] == ["D7"]


def test_a_cap_per_mu_takes_the_area_of_its_own_subject(tmp_path: Path) -> None:
    rows = [
        ["产出指标", "数量指标", "退化林修复面积", "≥1200亩"],
        [None, None, "森林抚育管护面积", "≥45000亩"],
        ["成本指标", "经济成本指标", "退化林修复补助标准", "≤1500元/亩"],
        ["效益指标", "生态效益指标", "林分质量", "明显提升"],
    ]
    # 1500 × 1200 = 180万 > 150万 (the 45000亩 of another work are not what it pays for)
    assert [at for at, _sev in _b107(_book(tmp_path / "over.xlsx", 150, rows))] == ["D7"]
    assert _b107(_book(tmp_path / "fits.xlsx", 200, rows)) == []
    rows[0][2] = "新建护林道路长度"  # no area of its subject: no pairing
    rows[0][3] = "≥12公里"
    assert _b107(_book(tmp_path / "none.xlsx", 150, rows)) == []


def test_several_standards_per_thing_do_not_share_the_one_count(tmp_path: Path) -> None:
    rows = [
        ["产出指标", "数量指标", "购置医疗设备数量", "4台"],
        ["成本指标", "经济成本指标", "CT采购单价", "≤680万元/台"],
        [None, None, "彩色超声诊断仪采购单价", "≤160万元/台"],
        ["效益指标", "社会效益指标", "县域内就诊率", "≥90%"],
    ]
    # 4台 are all the devices, not four CTs (680万 × 4 = 2720万 > 1260万): no pairing
    assert _b107(_book(tmp_path / "several.xlsx", 1260, rows)) == []
    del rows[2]  # one standard per 台: the table's only count of 台 is its count
    assert [at for at, _sev in _b107(_book(tmp_path / "one.xlsx", 1260, rows))] == ["D6"]


def test_an_investment_per_mu_of_every_level_is_not_this_funds(tmp_path: Path) -> None:
    """亩均财政投入 ≤2400元/亩 counts central, local and other money: no pairing with the area."""
    rows = [
        ["产出指标", "数量指标", "新建高标准农田面积", "≥260万亩"],
        [None, "质量指标", "项目验收合格率", "100%"],
        ["成本指标", "经济成本指标", "高标准农田亩均财政投入", "≤2400元/亩"],
        ["效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥50公斤"],
    ]
    assert _b107(_book(tmp_path / "invest.xlsx", 58600, rows)) == []


def test_of_two_counts_sharing_the_subject_the_standard_takes_the_one_it_pays(
    tmp_path: Path,
) -> None:
    """技术转移机构奖补标准 ≤50万元/家 × 奖补技术转移机构数 30家 (not the 35 机构 on record)."""
    rows: list[list[object]] = [
        ["成本指标", "经济成本指标", "技术转移机构奖补标准", "≤50万元/家"],
        ["产出指标", "数量指标", "奖补技术转移机构数", "≥30家"],
        ["效益指标", "可持续影响指标", "备案技术转移机构", "≥35家"],
    ]
    assert _b107(_book(tmp_path / "over.xlsx", 600, rows)) == [("D5", "warning")]
    assert _b107(_book(tmp_path / "fits.xlsx", 1500, rows)) == []


def test_the_same_indicator_of_two_places_is_no_near_duplicate(tmp_path: Path) -> None:
    """A list by site (石桥村… │ 青石村…) is no D103; the same name twice still is D101/D102."""
    rows: list[list[object]] = [
        ["产出指标", "数量指标", "石桥村会车平台建设数量", "≥4个"],
        [None, None, "青石村会车平台建设数量", "≥4个"],
        [None, "质量指标", "会车平台验收合格率", "100%"],
    ]
    result, _ = check_file(_book(tmp_path / "sites.xlsx", 100, rows), CheckOptions())
    assert not [f for f in result.findings if f.code.startswith("D10")], result.findings


def test_a_standard_for_a_group_is_not_paired_with_a_wider_count(tmp_path: Path) -> None:
    """A children's rate (残疾儿童康复救助人均标准) times every disabled person helped is no
    product the budget must hold; times the children counted, it is."""
    rows = [
        ["产出指标", "数量指标", "残疾人康复救助人数", "≥2600人"],
        [None, "质量指标", "康复服务规范率", "≥95%"],
        ["成本指标", "经济成本指标", "残疾儿童康复救助年人均标准", "≤9600元/人"],
        ["效益指标", "社会效益指标", "残疾人康复服务覆盖率", "≥90%"],
    ]
    assert _b107(_book(tmp_path / "a.xlsx", 300, rows)) == []
    rows[0][2] = "残疾儿童康复救助人数"  # 9600元 × 2600 children = 2496万 > 300万
    assert [at for at, _sev in _b107(_book(tmp_path / "b.xlsx", 300, rows))] == ["D7"]
