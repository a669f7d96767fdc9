"""Returns az01–az06: the sheepskin-raft craft as heritage (制作技艺传承, 展演, 传习工坊)."""

from __future__ import annotations

from tests.variants.holdout510.common import (
    CB,
    CC,
    FW,
    HEAD4,
    JC,
    KC,
    MY,
    SH,
    SL,
    SX,
    XY,
    ZL,
    book,
    money_rows,
    notes,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout510.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "鹤滩县文化和旅游局（217003）"
CENTRE = "鹤滩县非物质文化遗产保护中心"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")

CRAFT = (
    (CC, SL, "扶持羊皮筏制作技艺代表性传承人", "≥", 6, "人"),
    (None, None, "开展扎筏、吹皮、鞣制技艺传习课", "≥", 24, "场"),
    (None, ZL, "传习课学员结业考核合格率", "≥", pct(0.9), "%"),
    (None, None, "传承人补助按标准发放比例", "=", pct(1), "%"),
    (None, SX, "传习课按计划开课及时率", "≥", pct(0.95), "%"),
    (None, CB, "传承人年度传习补助标准", "≤", 5000, "元/人"),
    (None, None, "传习课单场成本", "≤", 3000, "元/场"),
    (XY, SH, "新培养能独立扎制羊皮筏的学徒", "≥", 10, "人"),
    (None, KC, "制作技艺影像档案完整率", "≥", pct(0.95, "0.00%"), "%"),
    (MY, FW, "传承人及学员满意度", "≥", pct(0.9), "%"),
)  # fmt: skip


@variant("az01-craft-percent", (1,), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, 万元 only in the number format (correct)")  # fmt: skip
def az01() -> Book:
    b, s = book()
    project(s, name="黄河羊皮筏子制作技艺传承保护", dept=DEPT, unit=CENTRE,
            money_=money_rows(48, 40, 8),
            goals=["扶持6名代表性传承人开展传习，完成24场传习课，建立技艺影像档案。"])  # fmt: skip
    table(s, OPS, CRAFT, label="绩效指标")
    sign(s, "马晓川", "0955-7312046", (2024, 11, 26))
    return b


RELICS = (
    (CC, SL, "征集老羊皮筏及筏具", "≥", 40, "件"),
    (None, None, "修复老羊皮筏及筏具", "≥", 25, "件"),
    (None, ZL, "修复藏品验收合格率", "≥",
     mk(pct(1.05), "T106", "error", note="a typed 105% on a 合格率: above the 100% cap"), "%"),
    (None, SX, "修复工作按期完成率", "≥", pct(0.95), "%"),
    (None, CB, "单件藏品修复费用", "≤", 0.8, "万元/件"),
    (XY, SH, "修复藏品公开展出", "≥", 20, "件"),
    (MY, FW, "参观群众满意度", "≥", pct(0.9), "%"),
)  # fmt: skip


@variant("az02-relics-percent-wrong", (1, 12), "project, OLD-NAT, operator column, a typed "
         "percent above 100 on a 合格率 and 财政拨款 + 其他资金 ≠ 资金总额")  # fmt: skip
def az02() -> Book:
    b, s = book()
    total = mk(wan(60), "B101", "error", row=True,
               note="45 + 10 = 55 ≠ 60 on both sides of the money block")  # fmt: skip
    project(s, name="羊皮筏老物件征集与修复", dept=DEPT, unit="鹤滩县黄河民俗博物馆",
            money_=money_rows(total, 45, 10),
            goals=["征集老羊皮筏及筏具40件，修复25件，其中20件公开展出。"])  # fmt: skip
    table(s, OPS, RELICS)
    return b


PTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")

SHOWS = (
    (CC, 50, SL, "羊皮筏非遗展演场次", "≥30场", 20),
    (None, None, None, "非遗进校园传承体验课", "≥12场", 15),
    (None, None, ZL, "展演安全预案备案率", "=100%", 15),
    ("成本指标", 10, JC, "单场展演补助标准", "≤1.2万元/场", 10),
    (XY, 30, SH, "羊皮筏非遗知晓率较上年提高", "≥5百分点", 15),
    (None, None, None, "观演群众", "≥3万人次", 10),
    (None, None, KC, "羊皮筏号子展演曲目库", "建立并执行", 5),
    (MY, 10, FW, "观演群众满意度", "≥90%", 10),
    ("合计", 100, "", None, None, 100),
)  # fmt: skip


@variant("az03-show-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column both adding to 100, a rate raised in 百分点, a footnote on the total "
         "(correct)")  # fmt: skip
def az03() -> Book:
    b, s = book(widths=(14, 8, 16, 30, 16, 8))
    project(s, name="黄河羊皮筏非遗展演季", dept=DEPT, unit="鹤滩县文化馆",
            money_=money_rows(80, 60, 20),
            goals=["举办非遗展演30场、进校园体验课12场，知晓率提高5个百分点以上。"])  # fmt: skip
    table(s, PTS, SHOWS, merged=(1, 2, 3))
    notes(s, "注：一级指标分值为其下各三级指标分值之和，两列合计均为100分，只计一次。")
    return b


BASES = (
    ("一、产出指标", mk(50, "W103", "error", note="20 + 20 + 15 = 55 under a declared 50"),
     SL, "认定羊皮筏技艺传承基地", "≥3个", 20),
    (None, None, None, "传承基地挂牌完成率",
     mk("3个", "T105", "error", note="a 完成率 given as a count"), 20),
    (None, None, ZL, "传承基地设施验收合格率", "≥95%", 15),
    ("二、成本指标", 10, JC, "单个传承基地扶持标准", "≤8万元/个", 10),
    ("三、效益指标", mk(30, "W103", "error", note="15 + 10 = 25 under a declared 30"),
     SH, "基地年接待研学人次", "≥3000人次", 15),
    (None, None, KC, "基地传承活动常态化开展", "每月不少于2次", 10),
    ("四、满意度指标", 10, FW, "研学学生及家长满意度", "≥90%", 10),
)  # fmt: skip


@variant("az04-bases-points-wrong", (10, 5), "project, NAT-2021, numbered tier-1 labels with "
         "a score column: two tier scores against the indicator scores, a rate as a "
         "count")  # fmt: skip
def az04() -> Book:
    b, s = book(widths=(16, 8, 16, 30, 16, 8))
    project(s, name="羊皮筏技艺传承基地建设", dept=DEPT, unit=CENTRE,
            money_=money_rows(30, 30, 0),
            goals=["认定并挂牌3个羊皮筏技艺传承基地，年接待研学3000人次以上。"])  # fmt: skip
    table(s, PTS, BASES, merged=(1, 2, 3))
    return b


WORKSHOP = (
    ("一、产出指标", "（一）数量指标", "改造传习工坊面积", "≥300平方米"),
    (None, None, "配置羊皮鞣制及扎筏工具", "≥15套"),
    (None, "（二）质量指标", "工坊改造工程验收合格率", "=100%"),
    (None, "（三）时效指标", "工坊改造完工时间", "2025年10月31日前"),
    ("二、成本指标", "（一）经济成本指标", "工坊改造单价", "≤2500元/平方米"),
    (None, None, "扎筏工具配置单价", "≤1.2万元/套"),
    ("三、效益指标", "（一）社会效益指标", "工坊年接待传习体验人次", "≥2000人次"),
    (None, "（二）生态效益指标", "羊皮鞣制废水直排量下降率", "≥30%"),
    (None, "（三）可持续影响指标", "工坊开放运行年限", "≥5年"),
    ("四、满意度指标", "（一）服务对象满意度指标", "传承人及体验者满意度", "≥90%"),
)  # fmt: skip


@variant("az05-workshop-labels", (5, 7), "project, NAT-2021, numbered tier labels (一、/（一）), "
         "headers 指标内容 and 绩效标准, a 下降率 with ≥ (correct)")  # fmt: skip
def az05() -> Book:
    b, s = book()
    project(s, name="黄河羊皮筏传习工坊改造", dept=DEPT, unit="鹤滩县筏渡乡综合文化站",
            money_=money_rows(120, 100, 20), attr="新增项目",
            goals=["改造传习工坊300平方米，配置扎筏工具15套，2025年10月底前开放。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), WORKSHOP)
    notes(s, "说明：废水直排量下降率以2024年监测值为基数。")
    return b


STUDY = (
    ("*产出", "数量", "研学传习课时", "≥120课时"),
    (None, None, "参加研学传习的中小学生", "≥600人"),
    (None, "质量", "研学课程评估优良率", "≥90%"),
    (None, None, "学员扎筏操作受伤发生率",
     mk("≥1%", "T108", "warning", row=True, note="a 反向 rate with ≥")),
    (None, "成本", "研学课时补助标准", "≤200元/课时"),
    ("*效益", "社会效益", "能讲述羊皮筏渡河历史的学生比例", "≥80%"),
    (None, mk("★时效", "F105", "error", note="时效 belongs under 产出, not 效益"),
     "传习成果汇报演出完成时间", "2025年12月20日前"),
    ("*满意度", "服务对象满意度", "研学学生满意度", "≥90%"),
)  # fmt: skip


@variant("az06-study-wrong-parent", (5, 11), "project, OLD-NAT, labels with * and ★ and "
         "abbreviated: a tier-2 under the wrong tier-1 and a 反向 rate with ≥")  # fmt: skip
def az06() -> Book:
    b, s = book()
    project(s, name="羊皮筏扎制技艺研学传习", dept=DEPT, unit="鹤滩县筏渡乡综合文化站",
            money_=money_rows(36, 30, 6),
            goals=["开展羊皮筏扎制技艺研学传习120课时，覆盖中小学生600人以上。"])  # fmt: skip
    table(s, HEAD4, STUDY)
    return b
