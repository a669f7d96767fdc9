"""菱角 returns of the 523rd held-out set: tier labels, header words, template rows, notes."""

from __future__ import annotations

from tests.variants.holdout523.common import note, one_year, project, sign, start, table
from tests.variants.holdout523.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "蒲汀县水生蔬菜技术推广站"
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("bm07-caltrop-labels", (5,), "project, NAT-2021, tier labels numbered with points "
         "(一、产出指标（40分）), marks (*, ★), abbreviations (效益) (correct)")  # fmt: skip
def bm07() -> Book:
    b, s = start()
    project(
        s,
        "澄菱镇四角菱标准化种植示范项目",
        "澄菱镇农业综合服务中心",
        one_year(42, 36, 6),
        ["建设四角菱标准化种植示范区400亩，示范区亩产鲜菱1100公斤以上。"],
    )
    table(s, FOUR, [
        ("一、产出指标（40分）", "（一）数量指标", "四角菱示范区种植面积", "≥400亩"),
        (None, None, "发放菱角良种", "≥2.4万公斤"),
        (None, "（二）质量", "示范区鲜菱亩产", "≥1100公斤"),
        (None, "★时效指标", "良种发放及时率", "≥95%"),
        ("二、成本指标（20分）", "*经济成本指标", "每亩种植补助", "≤0.1万元/亩"),
        ("三、效益（30分）", "1.经济效益", "示范区亩均增收", "≥800元"),
        (None, "2.生态效益指标", "菱田水体透明度达标率", "≥85%"),
        ("四、满意度指标（10分）", "服务对象满意度", "示范户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bm08-caltrop-wrong-parent", (5, 11), "project, NAT-2021, numbered labels: a tier-2 "
         "under the wrong tier-1, a cost cap written with ≥")  # fmt: skip
def bm08() -> Book:
    b, s = start()
    project(
        s,
        "苇湾镇菱角套养小龙虾试点项目",
        "苇湾镇人民政府",
        one_year(36, 30, 6),
        ["试点菱角套养小龙虾300亩，亩均增收1500元，减少菱田化肥用量10%。"],
    )
    table(s, FOUR, [
        ("一、产出指标", "1.数量指标", "菱虾套养试点面积", "≥300亩"),
        (None, mk("2.生态效益指标", "F105", "error", note="生态效益指标 belongs to 效益指标"),
         "菱田化肥用量减少率", "≥10%"),
        (None, "3.质量指标", "试点菱田验收合格率", "≥95%"),
        ("二、成本指标", "1.经济成本指标", "每亩试点补助标准",
         mk("≥0.12万元/亩", "T108", "warning", row=True, note="a cost cap takes ≤")),
        ("三、效益指标", "1.经济效益指标", "试点户亩均增收", "≥1500元"),
        ("四、满意度指标", "1.服务对象满意度指标", "试点户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bm09-caltrop-headers", (7,), "project, OLD-NAT, two-row header 绩效指标 over "
         "一级指标 · 二级指标 · 指标内容, value column 绩效标准 (correct)")  # fmt: skip
def bm09() -> Book:
    b, s = start()
    project(
        s,
        "荇湾乡菱角加工作坊提升项目",
        "荇湾乡菱角专业合作社",
        one_year(30, 24, 6),
        ["提升菱角剥壳加工作坊3处，年加工鲜菱600吨，加工菱米合格率95%以上。"],
    )
    s.row("绩效指标", None, None, "绩效标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "指标内容")
    s.ws.merge_cells(start_row=s.r - 1, start_column=4, end_row=s.r, end_column=4)
    s.table([
        ("产出指标", "数量指标", "提升加工作坊数量", "=3处"),
        (None, None, "年加工鲜菱量", "≥600吨"),
        (None, "质量指标", "加工菱米合格率", "≥95%"),
        (None, "时效指标", "设备安装完成时间", "2025年8月31日前"),
        (None, "成本指标", "每处作坊提升成本", "≤10万元"),
        ("效益指标", "经济效益指标", "菱角加工增值率", "≥20%"),
        (None, "社会效益指标", "作坊吸纳务工人数", "≥45人"),
        ("满意度指标", "服务对象满意度指标", "送菱农户满意度", pct(0.9, "0.0%")),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("bm10-caltrop-second-sheet", (7, 9), "project: head on the first sheet, the table "
         "on a second sheet under 考核指标, 预期实现值: a rate in days, a cost of 0")  # fmt: skip
def bm10() -> Book:
    b, s = start("项目信息")
    project(
        s,
        "鹭塘村菱角采收码头建设项目",
        "鹭塘村股份经济合作社",
        one_year(26, 20, 6),
        ["建成菱角采收码头2处，采收菱船通行时间缩短一半，带动采菱户80户。"],
    )
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("菱角采收码头建设项目绩效指标", 4)
    table(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "采收码头建成数量", "=2处"),
        (None, "时效指标", "菱角采收及时率",
         mk("≤10天", "T105", "error", note="a 及时率 given as days")),
        (None, "成本指标", "每处码头建设成本",
         mk("≤0万元", "T115", "error", note="a cost cap of 0: 26万元 / 2处 is 13万元")),
        ("效益指标", "社会效益指标", "带动采菱户数", "≥80户"),
        ("满意度指标", "服务对象满意度指标", "采菱户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bm11-caltrop-template-rows", (6, 13), "project, OLD-NAT, header 预期目标: two tier-2 "
         "rows left from the template, a value without a name")  # fmt: skip
def bm11() -> Book:
    b, s = start()
    project(
        s,
        "苇湾镇菱角良种提纯复壮项目",
        UNIT,
        one_year(18, 18, 0),
        ["提纯复壮本地红菱良种，建成良种留种田50亩，供种1.5万公斤。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "良种留种田面积", "≥50亩"),
        (None, None, mk(None, "F110", "error", note="value typed, name left empty"), "≥1.5万公斤"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row, nothing under it"),
         None, None),
        (None, "成本指标", "每亩留种田补助", "≤0.3万元/亩"),
        ("效益指标", "经济效益指标", "良种亩产提高", "≥8%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("满意度指标", "服务对象满意度指标", "用种户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bm12-caltrop-notes", (4,), "project, OLD-NAT, one value column: an instruction row "
         "in the table, header repeated after a page break, 注 and 填表说明 rows, signature and "
         "a fill date of the year before (correct)")  # fmt: skip
def bm12() -> Book:
    b, s = start()
    project(
        s,
        "澄菱镇菱角湿地生态种养综合项目",
        "澄菱镇人民政府",
        one_year(75, 60, 15),
        ["建设菱角湿地生态种养区500亩，修复环塘湿地植被12公顷，种养户亩均增收900元。"],
    )
    s.row(*FOUR)
    note(s, "（三级指标由项目单位填写，一级、二级指标不得改动）", 4)
    s.table([
        ("产出指标", "数量指标", "菱角生态种养区面积", "≥500亩"),
        (None, None, "环塘湿地植被修复面积", "≥12公顷"),
        (None, "质量指标", "种养区水质达标率", "≥90%"),
        (None, "成本指标", "每亩种养区建设成本", "≤0.15万元/亩"),
    ], merged=(1, 2))  # fmt: skip
    s.row(*FOUR)
    s.table([
        ("效益指标", "经济效益指标", "种养户亩均增收", "≥900元"),
        (None, "生态效益指标", "湿地外来水生植物覆盖率", "≤5%"),
        (None, "可持续影响指标", "种养区安全事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.每亩建设成本按500亩×0.15万元=75万元测算，与项目资金一致。", 4)
    note(s, "填表说明：指标值应写明比较符和计量单位。", 4)
    sign(s, day(2024, 11, 26, CN_DATE))
    return b
