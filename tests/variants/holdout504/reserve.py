"""The reserve's other returns, trees and orchids together: rows that are not indicators, a
department return with a page break, a table on a second sheet, conversion artefacts, a
budget-system export and template rows left empty (at13–at18)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout504.common import (
    CENTER,
    OPS6,
    RESERVE,
    VAL4,
    YEAR,
    first,
    funds,
    indicators,
    note,
    project,
    sign,
    wan,
)
from tests.variants.holdout504.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("at13-reserve-footnotes", (4,),
         "project, OLD-NAT, one value column; an instruction row between the tiers, footnotes, "
         "填表说明, signature and a fill date in the year before (correct)")  # fmt: skip
def at13() -> Book:
    b, s = project(
        "红豆杉及伴生兰科植物生境修复项目",
        funds(95, 90, 5),
        ["修复红豆杉退化生境200亩，补植南方红豆杉6000株，林下回植野生兰2000丛。"],
    )
    indicators(s, VAL4, [
        ("产出指标", "数量指标", "修复红豆杉退化生境", "≥200亩"),
        (None, None, "补植南方红豆杉", "≥6000株"),
        (None, None, "林下回植野生兰", "≥2000丛"),
        (None, "质量指标", "补植苗木成活率", "≥85%"),
        (None, "时效指标", "补植完成时间", "2025年4月30日前"),
        (None, "成本指标", "每亩综合修复成本", "≤0.4万元/亩"),
    ])  # fmt: skip
    note(s, "注：每亩综合修复成本含整地、苗木、回植及三年管护费用，不含监测费。", 4)
    s.table([
        ("效益指标", "生态效益指标", "修复区林草覆盖率提高", "≥5百分点"),
        (None, "社会效益指标", "吸纳周边村民务工", "≥1500人次"),
        (None, "可持续影响指标", "修复地块管护期", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.指标值中“≥”表示不低于；2.“百分点”指覆盖率比上年的增加值。", 4)
    note(s, "填表说明：本表由项目实施单位填报，主管部门审核后报县财政局，一式两份。", 4)
    sign(s, "杨立秋", "0839-5527650", day(YEAR - 1, 10, 28))
    return b


@variant("at14-reserve-page-break-wrong", (4, 12),
         "department, NAT-2021, weight column, column-number row, header repeated after a "
         "page break, subtotal rows: 基本支出 + 项目支出 ≠ 资金总额, tasks short of "
         "金额合计")  # fmt: skip
def at14() -> Book:
    b, s = first()
    total = mk(wan(1280), "B101", "error", row=True,
               note="基本支出900 + 项目支出400 = 1300，与资金总额1280不符")  # fmt: skip
    tasks_total = mk(wan(400), "B102", "error", note="任务金额180 + 120 + 95 = 395，不是400")
    department_head(s, year=YEAR, dept=CENTER,
                    budget=[(total, wan(1200), wan(80), wan(900), wan(400))],
                    goal="扩繁珙桐、红豆杉苗木，救护回归野生兰，维护种质资源圃。",
                    tasks=[("珙桐红豆杉扩繁", "容器苗扩繁与回归", wan(180), "扩繁25000株"),
                           ("野生兰救护回归", "救护收容与回归", wan(120), "救护3500丛"),
                           ("种质资源圃运维", "资源圃日常运维", wan(95), "保存80种"),
                           ("金额合计", None, tasks_total, None)])  # fmt: skip
    s.skip()
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（%）")
    s.row(*head)
    s.row("1", "2", "3", "4", "5")
    s.table([
        ("产出指标", "数量指标", "扩繁珙桐、红豆杉苗木", "≥25000株", 15),
        (None, None, "救护收容野生兰科植物", "≥3500丛", 10),
        (None, "质量指标", "扩繁苗木合格率", "≥90%", 10),
        (None, "时效指标", "救护植株入圃时限", "≤48小时", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("产出指标小计", None, None, None, 45)
    s.skip()
    s.row(*head)
    s.table([("成本指标", "经济成本指标", "单株苗木扩繁成本", "≤30元/株", 10)], merged=(1, 2))
    s.row("成本指标小计", None, None, None, 10)
    s.table([
        ("效益指标", "生态效益指标", "野外回归珙桐、红豆杉", "≥5000株", 10),
        (None, "社会效益指标", "开放科普接待", "≥6000人次", 10),
        (None, "可持续影响指标", "种质资源圃保存物种", "≥80种", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("效益指标小计", None, None, None, 35)
    s.row("满意度指标", "服务对象满意度指标", "科普受众满意度", "≥90%", 10)
    s.row("满意度指标小计", None, None, None, 10)
    s.row("合计", None, None, None, 100)
    sign(s, "覃嘉树", "0839-5527122")
    return b


@variant("at15-reserve-second-sheet", (7,),
         "project: head on 基本信息, the indicator table on a second sheet under 指标内容 and "
         "预期实现值 with an 指标值设定依据 column, a 下降率 with ≥ (correct)")  # fmt: skip
def at15() -> Book:
    b, s = project(
        "珙桐红豆杉种苗繁育基地提升项目",
        funds(120, 110, 10),
        ["新建育苗大棚6个，年出圃珙桐、红豆杉容器苗3万株，供应保护区回植。"],
        sheet="基本信息",
    )
    sign(s, "韦成岳", "0839-5527316")
    t = b.sheet("绩效指标", (14, 16, 30, 18, 16))
    t.title(f"{YEAR}年度项目支出绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "指标内容", "预期实现值", "指标值设定依据"), [
        ("产出指标", "数量指标", "新建珙桐、红豆杉育苗大棚", "≥6个", "计划标准"),
        (None, None, "出圃珙桐、红豆杉容器苗", "≥30000株", "计划标准"),
        (None, "质量指标", "出圃苗木合格率", "≥92%", "行业标准"),
        (None, "时效指标", "育苗大棚建成时间", "2025年8月31日前", "计划标准"),
        (None, "成本指标", "单个育苗大棚建设成本", "≤12万元/个", "历史标准"),
        ("效益指标", "生态效益指标", "供应保护区回植苗木", "≥8000株", "计划标准"),
        (None, "经济效益指标", "单株育苗成本下降率", "≥10%", "历史标准"),
        (None, "可持续影响指标", "珙桐红豆杉育苗技术规程", "建立并执行", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "苗木使用单位满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    return b


@variant("at16-reserve-artefacts", (9,),
         "project, OLD-NAT, operator and unit columns, detail lines below the table: an end "
         "date as a serial in a text cell, an amount split by a space, a unit cost rounded "
         "to 0")  # fmt: skip
def at16() -> Book:
    serial = mk("46022", "X104", "warning", note="文本格中的日期序列号，即2025-12-31")
    b, s = project(
        "红豆杉幼树及野生兰回植管护项目",
        funds(56.2, 50, 6.2),
        ["回植红豆杉幼树1500株、野生兰2500丛，落实一年管护。"],
        end=serial,
    )
    zero = mk(0, "T115", "error", note="每株约0.0028万元，按两位小数舍入成了0")
    indicators(s, OPS6, [
        ("产出指标", "数量指标", "回植红豆杉幼树", "≥", 1500, "株"),
        (None, None, "回植野生兰", "≥", 2500, "丛"),
        (None, "质量指标", "回植成活率", "≥", pct(0.85), "%"),
        (None, "时效指标", "回植完成时间", "≤", day(YEAR, 5, 31), None),
        (None, "成本指标", "单株幼树管护成本", "≤", zero, "万元/株"),
        ("效益指标", "生态效益指标", "回植区新增红豆杉分布点", "≥", 4, "个"),
        (None, "社会效益指标", "聘用当地护林员", "≥", 12, "人"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    split = mk("18.4 6", "X105", "warning", alt=("X103",), note="18.46被空格断开，存成了文本")
    s.row("资金明细（万元）", "苗木采购费", split)
    s.row(None, "回植及养护费", wan(22.74))
    s.row(None, "监测与科普费", wan(15))
    s.row(None, "合计", wan(56.2))
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    sign(s, "龙秋萍", "0839-5527408")
    return b


@variant("at17-reserve-export", (7, 12, 2),
         "budget-system export: 部门项目支出预算05-1 with project codes and a total row, "
         "部门项目支出绩效目标05-2 with the header on the third row and codes in the first "
         "columns, two projects (correct)")  # fmt: skip
def at17() -> Book:
    b, s = first("部门项目支出预算05-1", (16, 26, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row(f"单位名称：{RESERVE}", None, None, "金额单位：万元", None, merge=[(1, 3), (4, 5)])
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("532901250001", "珙桐迁地保护与回归", wan(96), wan(90), wan(6))
    s.row("532901250002", "野生兰科植物救护回归", wan(54), wan(54), wan(0))
    s.row("合计", None, wan(150), wan(144), wan(6), merge=[(1, 2)])
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 18, 26, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row(f"单位名称：{RESERVE}", None, None, None, "金额单位：万元", None,
          merge=[(1, 4), (5, 6)])  # fmt: skip
    code1, code2 = "532901250001", "532901250002"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code1, "珙桐迁地保护与回归", "产出指标", "数量指标", "迁地保护珙桐", "≥150株"),
        (None, None, None, "质量指标", "迁地植株成活率", "≥90%"),
        (None, None, None, "成本指标", "单株迁地保护成本", "≤0.5万元/株"),
        (None, None, "效益指标", "生态效益指标", "野外回归珙桐", "≥600株"),
        (None, None, "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
        (code2, "野生兰科植物救护回归", "产出指标", "数量指标", "救护野生兰", "≥2000丛"),
        (None, None, None, "时效指标", "救护植株入圃时限", "≤48小时"),
        (None, None, None, "成本指标", "单丛救护回归成本", "≤200元/丛"),
        (None, None, "效益指标", "社会效益指标", "兰花保护宣传受众", "≥3000人次"),
        (None, None, "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("at18-reserve-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a 时效指标 row left from the template, a value "
         "whose name cell holds only a full-width space")  # fmt: skip
def at18() -> Book:
    b, s = project(
        "野生兰科植物回归监测样方建设项目",
        funds(40, 40, 0),
        ["回归野生兰科植物1800丛，布设回归监测样方20个。"],
        unit=CENTER,
    )
    left = mk("时效指标", "F109", "warning", row=True, note="模板中的二级指标未填三级指标和指标值")
    blank = mk("\u3000", "F110", "error", note="名称格只有一个全角空格，指标值却已填写")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "回归野生兰科植物", "≥1800丛"),
        (None, None, "布设回归监测样方", "≥20个"),
        (None, "质量指标", "回归植株成活率", "≥80%"),
        (None, left, None, None),
        ("成本指标", "经济成本指标", "单丛回归成本", "≤150元/丛"),
        ("效益指标", "生态效益指标", "回归点位兰科植物种类", "≥10种"),
        (None, "社会效益指标", blank, "≥1000人次"),
        (None, "可持续影响指标", "回归点位跟踪监测年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "参与村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "杨立秋", "0839-5527650")
    return b
