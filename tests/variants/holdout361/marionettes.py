"""Returns of marionette and rod-puppet troupes (提线木偶、杖头木偶、布袋木偶): vg01–vg06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout361.common import grid, project_money, sign, start, wan
from tests.variants.holdout361.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "vg01-marionette-percent",
    (1, 5),
    "project, OLD-NAT, abbreviated tier labels, operator "
    "and unit columns, percent cells typed in Excel, 万元 in the number format (correct)",
)
def vg01() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="雁汀县提线木偶传统剧目复排",
        dept="雁汀县文化和旅游局（315）",
        unit="雁汀县提线木偶剧团",
        money=project_money(wan(86), wan(80), wan(6)),
        goals=["复排《渡口灯》等传统提线木偶剧目4出，送戏下乡惠民演出不少于60场。"],
    )
    grid(s, OP_HEAD, [
        ("产出", "数量", "复排传统剧目", "≥", 4, "出"),
        (None, None, "惠民演出场次", "≥", 60, "场"),
        (None, "质量", "复排剧目验收合格率", "≥", pct(0.95), "%"),
        (None, "时效", "复排剧目按期首演率", "≥", pct(0.9), "%"),
        (None, "成本", "单场惠民演出补助标准", "≤", 0.8, "万元/场"),
        ("效益", "社会效益", "观演群众人次", "≥", 18000, "人次"),
        (None, "可持续影响", "青年演员参演比例", "≥", pct(0.3), "%"),
        ("满意度", "服务对象满意度", "观众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "程秋岚", "0597-6628143")
    return b


@variant(
    "vg02-marionette-percent-wrong",
    (1, 12),
    "project, OLD-NAT, operator and unit columns: "
    "a typed percent over 100 on a 合格率, 其他资金 in 元 inside the 万元 block",
)
def vg02() -> Book:
    b, s = start()
    other = mk(
        money(200000, YUAN),
        "B105",
        "error",
        note="200,000.00元 in the 项目资金（万元） block: 20万元 typed in 元",
    )
    project_head(
        s,
        year=2025,
        name="苇塘区杖头木偶道具修复与展演",
        dept="苇塘区文化馆（208）",
        unit="苇塘区杖头木偶艺术团",
        money=project_money(wan(120), wan(100), other),
        goals=["修复杖头木偶道具150件，举办修复成果展演20场。"],
    )
    b.file_mark("B101", "error", required=False, note="caused by the 元 cell: tolerated")
    grid(s, OP_HEAD, [
        ("产出指标", "数量指标", "修复杖头木偶道具", "≥", 150, "件"),
        (None, None, "修复成果展演场次", "≥", 20, "场"),
        (None, "质量指标", "道具修复验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="≥105% on a 合格率 capped at 100%"), "%"),
        (None, "时效指标", "修复任务按时完成率", "≥", pct(1), "%"),
        (None, "成本指标", "单件道具修复成本", "≤", 0.45, "万元/件"),
        ("效益指标", "社会效益指标", "展演观众人次", "≥", 6000, "人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "贺知远", "0597-3310526")
    return b


@variant(
    "vg03-stacked-troupes",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator name with different values in each project (correct)",
)
def vg03() -> Book:
    b, s = start("项目绩效目标", (16, 16, 30, 18, 18, 18))
    project_head(
        s,
        year=2025,
        name="琅水市布袋木偶进校园",
        dept="琅水市文化广电局（402）",
        unit="琅水市布袋木偶传习所",
        money=project_money(wan(48), wan(48), wan(0)),
        goals=["在全市中小学开展布袋木偶进校园演出和体验课。"],
    )
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "惠民演出场次", "≥40场"),
        (None, None, "木偶体验课", "≥80课时"),
        (None, "质量指标", "体验课学生出勤率", "≥90%"),
        (None, "时效指标", "学期内完成率", "=100%"),
        (None, "成本指标", "单场演出补助标准", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "参与学生人次", "≥12000人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s,
        year=2025,
        name="琅水市杖头木偶乡村巡演",
        dept="琅水市文化广电局（402）",
        unit="琅水市杖头木偶剧团",
        money=project_money(wan(30), wan(25), wan(5)),
        goals=["赴全市乡镇开展杖头木偶巡演。"],
    )
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "惠民演出场次", "≥25场"),
        (None, "质量指标", "演出安全事故发生率", "≤1%"),
        (None, "时效指标", "巡演按计划完成率", "≥95%"),
        (None, "成本指标", "单场演出补助标准", "≤1万元/场"),
        ("效益指标", "社会效益指标", "乡镇覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邝素衣", "0598-7731250")
    return b


@variant(
    "vg04-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the "
    "second project's 年度资金总额 does not add up and one rate is given as a count",
)
def vg04() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="栖凤渡镇提线木偶传承班",
        dept="松崖县文化和旅游局（117）",
        unit="栖凤渡镇文化站",
        money=project_money(wan(36), wan(30), wan(6)),
        goals=["开办提线木偶传承班2期，培养学员40人。"],
    )
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "传承班期数", "≥2期"),
        (None, None, "培养学员人数", "≥40人"),
        (None, "质量指标", "学员结业考核通过率", "≥85%"),
        (None, "时效指标", "传承班按期开班率", "=100%"),
        (None, "成本指标", "学员人均培训成本", "≤0.8万元/人"),
        ("效益指标", "可持续影响指标", "结业学员留团比例", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(150), "B101", "error", note="120 + 20 = 140 ≠ 150")
    project_head(
        s,
        year=2026,
        name="松崖县木偶戏非遗展演季",
        dept="松崖县文化和旅游局（117）",
        unit="松崖县木偶剧团",
        money=project_money(total, wan(120), wan(20)),
        goals=["举办木偶戏非遗展演季，演出50场。"],
    )
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "展演场次", "≥50场"),
        (None, "质量指标", "演出任务完成率",
         mk("30场", "T105", "error", note="a 完成率 given as a count")),
        (None, "时效指标", "展演季按期举办", "11月30日前"),
        (None, "成本指标", "单场演出成本", "≤2万元/场"),
        ("效益指标", "社会效益指标", "现场观众人次", "≥15000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏清和", "0596-4402719", day(2025, 12, 9, CN_DATE))
    return b


@variant(
    "vg05-numbered-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（40分）, （一）数量指标) and an indicator 分值 column, 100 both ways (correct)",
)
def vg05() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="雁汀县木偶戏数字化记录",
        dept="雁汀县文化和旅游局（315）",
        unit="雁汀县非物质文化遗产保护中心",
        money=project_money(wan(64), wan(64), wan(0)),
        goals=["完成木偶戏传统剧目影像记录12出，建立数字档案。"],
    )
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "影像记录传统剧目", "≥12出", 15),
        (None, None, "数字化著录木偶头像", "≥300件", 10),
        (None, "（二）质量指标", "影像资料验收合格率", "≥95%", 10),
        (None, "（三）时效指标", "记录工作完成时间", "12月20日前", 5),
        ("二、成本指标（10分）", "（一）经济成本指标", "单出剧目记录成本", "≤4.5万元/出", 10),
        ("三、效益指标（40分）", "（一）社会效益指标", "数字档案线上访问人次", "≥20000人次", 20),
        (None, "（二）可持续影响指标", "档案资料损毁率同比下降率", "≥10%", 20),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "传承人满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "程秋岚", "0597-6628143")
    return b


@variant(
    "vg06-direction-inline",
    (11,),
    "project, NAT-2021, operators inside the values: a 发生率 "
    "with ≥, a 正向 count with ≤, a cost cap with =",
)
def vg06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="苇塘区木偶戏下乡巡演",
        dept="苇塘区文化馆（208）",
        unit="苇塘区木偶艺术团",
        money=project_money(wan(60), wan(55), wan(5)),
        goals=["赴区内村（社区）开展木偶戏巡演，丰富群众文化生活。"],
    )
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "下乡巡演场次",
         mk("≤36场", "T108", "warning", row=True, note="a 正向 count capped with ≤")),
        (None, "质量指标", "演出安全事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="a 反向 rate with ≥")),
        (None, "时效指标", "巡演计划按月完成率", "≥95%"),
        ("成本指标", "经济成本指标", "单场巡演成本",
         mk("=0.9万元/场", "T108", "warning", row=True, note="= on a cost cap")),
        ("效益指标", "社会效益指标", "观演群众人次", "≥9000人次"),
        (None, None, "观众投诉率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺知远", "0597-3310526")
    return b
