"""Department returns and budget-system exports mixing both halves of the theme."""

from __future__ import annotations

from tests.variants.holdout399.common import (
    YEAR,
    annual_money,
    department,
    indicators,
    notes,
    project,
    signature,
    wan,
)
from tests.variants.holdout399.registry import variant
from tests.variants.kit import Book, day, mk, pct

HOSP = "枫岙区卫生健康局（208011）"
NAT = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ws13-department-money",
    (12,),
    "department, NAT-2021: budget with shares, key tasks adding to 金额合计 = 项目支出 (correct)",
)
def department_money() -> Book:
    budget = [
        (wan(740), wan(690), wan(50), wan(480), wan(260)),
        (
            pct(1),
            pct(0.9324, "0.00%"),
            pct(0.0676, "0.00%"),
            pct(0.6486, "0.00%"),
            pct(0.3514, "0.00%"),
        ),
    ]
    tasks = [
        ("儿童青少年近视防控", "学生视力筛查、建档和干预", wan(150), "筛查覆盖全市中小学生"),
        ("致盲性眼病防治", "白内障、青光眼筛查转诊", wan(70), "筛查老年人≥2万人"),
        ("眼健康宣传", "全国爱眼日等主题宣传", wan(40), "宣传活动≥30场"),
        ("金额合计", None, wan(260), None),
    ]
    b, s = department("鹭汀市眼病防治所", budget, "推进儿童近视防控和致盲性眼病防治。", tasks)
    indicators(
        s,
        NAT,
        [
            ("产出指标", "数量指标", "中小学生视力筛查人数", "≥9.6万人"),
            (None, None, "老年人致盲性眼病筛查人数", "≥2万人"),
            (None, "质量指标", "筛查数据上报准确率", "≥98%"),
            (None, "时效指标", "异常结果告知时限", "≤7个工作日"),
            ("成本指标", "经济成本指标", "每名学生筛查成本", "≤12元/人"),
            ("效益指标", "社会效益指标", "儿童青少年总体近视率下降", "≥0.5百分点"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", pct(0.9)),
        ],
    )
    signature(s, "卢映川", "0736-8802174")
    return b


@variant(
    "ws14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def department_money_wrong() -> Book:
    budget = [
        (
            mk(wan(620), "B101", "error", row=True, note="410 + 230 = 640 ≠ 620"),
            wan(580),
            wan(40),
            wan(410),
            wan(230),
        )
    ]
    tasks = [
        ("学校近视防控干预", "户外活动、读写姿势干预", wan(120), "试点学校≥40所"),
        ("眼科医疗质量控制", "眼科质控督查", wan(45), "督查医疗机构≥25家"),
        ("低视力康复", "助视器适配和训练", wan(55), "康复训练≥300人"),
        ("金额合计", None, mk(wan(230), "B102", "error", note="120 + 45 + 55 = 220 ≠ 230"), None),
    ]
    b, s = department("澄湾县卫生健康局", budget, "落实近视防控和眼科质量控制任务。", tasks)
    indicators(
        s,
        NAT,
        [
            ("产出指标", "数量指标", "近视防控试点学校数", "≥40所"),
            (None, None, "眼科质控督查机构数", "≥25家"),
            (None, "质量指标", "督查问题整改率", "≥95%"),
            ("成本指标", "经济成本指标", "每所试点学校干预经费", "≤3万元/所"),
            ("效益指标", "社会效益指标", "低视力儿童康复有效率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "ws15-system-export",
    (4, 7),
    "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with project codes in "
    "the first column, header on the third row, repeated after a page break (correct)",
)
def system_export() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", widths=(18, 34, 14, 14, 14))
    m.row("部门项目支出预算表", merge=[(1, 5)])
    m.row("单位：万元")
    m.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    m.row("417003-26-0042", "澄湾县学生近视防控综合干预项目", wan(96), wan(90), wan(6))
    s = b.sheet("部门项目支出绩效目标05-2", widths=(18, 14, 16, 30, 16))
    s.row("部门项目支出绩效目标表", merge=[(1, 5)])
    s.row(f"预算年度：{YEAR}", None, None, "单位：澄湾县教育局")
    code = "417003-26-0042"
    head = ("项目编码", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        head,
        [
            (code, "产出指标", "数量指标", "近视防控示范学校数", "≥12所"),
            (None, None, None, "教室灯光改造间数", "≥180间"),
            (None, None, "质量指标", "改造教室照度达标率", "≥95%"),
        ],
        merged=(1, 2, 3),
    )
    s.skip()
    indicators(
        s,
        head,
        [
            (code, "产出指标", "时效指标", "改造完成时间", "≤8月31日"),
            (None, None, "成本指标", "每间教室灯光改造成本", "≤0.45万元/间"),
            (None, "效益指标", "社会效益指标", "学生用眼卫生行为形成率", "≥85%"),
            (None, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
        ],
        merged=(1, 2, 3),
    )
    notes(s, "注：本表由预算管理一体化系统导出，第二页表头为系统重复打印。", width=5)
    return b


@variant(
    "ws16-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a name",
)
def template_rows() -> Book:
    b, s = project(
        "苇塘镇老年人眼病义诊项目",
        "澄湾县卫生健康局（417003）",
        "澄湾县苇塘镇卫生院",
        annual_money(18, 18, 0),
        ["为辖区65岁以上老年人开展白内障、青光眼义诊。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "义诊服务老年人数", "≥2400人"),
            (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥12场"),
            (None, "质量指标", "疑似病例转诊率", "≥90%"),
            ("成本指标", "经济成本指标", "每人义诊成本", "≤60元/人"),
            ("效益指标", "社会效益指标", "老年人眼病知晓率", "≥80%"),
            (
                None,
                mk(
                    "生态效益指标",
                    "F109",
                    "warning",
                    row=True,
                    note="template tier-2 left without indicator or value",
                ),
                None,
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "义诊对象满意度", "≥90%"),
        ],
    )
    return b


OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
WIDE = (12, 14, 28, 10, 10, 12, 10)


@variant(
    "ws17-operator-words",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction, 指标方向 as operator words, unit column: a "
    "下降率 with 大于等于, 0 起 on an incident count, a typed percent (correct)",
)
def operator_words() -> Book:
    b, s = project(
        "鹭汀市青光眼早筛项目",
        "鹭汀市卫生健康委员会（102006）",
        "鹭汀市第二人民医院",
        annual_money(64, 60, 4),
        ["为40岁以上高危人群开展眼压和眼底筛查。"],
    )
    for i, w in enumerate(WIDE):
        s.ws.column_dimensions["ABCDEFG"[i]].width = w
    indicators(
        s,
        OPS,
        [
            ("产出指标", "数量指标", "青光眼高危人群筛查人数", "正向", "大于等于", 1.6, "万人"),
            (None, "质量指标", "眼压测量复核符合率", "正向", "大于等于", pct(0.95), None),
            (None, "时效指标", "确诊患者转诊时限", "反向", "小于等于", 15, "天"),
            (None, "成本指标", "每人筛查成本", "反向", "小于等于", 35, "元/人"),
            ("效益指标", "社会效益指标", "晚期青光眼就诊比例下降率", "正向", "大于等于", 10, "%"),
            (None, None, "筛查相关医疗纠纷发生数", "反向", "小于等于", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "受检群众满意度", "正向", "大于等于", 90, "%"),
        ],
    )
    signature(s, "简泊舟", "0736-6650938")
    return b


@variant(
    "ws18-direction-column",
    (11, 9),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator: a 反向 rate with ≥, "
    "a value unit against the unit column, a completion date in the next year",
)
def direction_column() -> Book:
    b, s = project(
        "枫岙区眼科日间手术中心设备购置项目",
        HOSP,
        "枫岙区人民医院",
        annual_money(210, 200, 10),
        ["购置超声乳化仪等设备，开展眼科日间手术。"],
    )
    for i, w in enumerate(WIDE):
        s.ws.column_dimensions["ABCDEFG"[i]].width = w
    indicators(
        s,
        OPS,
        [
            ("产出指标", "数量指标", "购置眼科手术设备台数", "正向", "≥", 5, "台"),
            (
                None,
                None,
                "眼科义诊服务人次",
                "正向",
                "≥",
                mk("35万元", "T112", "error", note="万元 in the value, 人次 in the unit column"),
                "人次",
            ),
            (None, "质量指标", "设备验收合格率", "正向", "=", 100, "%"),
            (
                None,
                "时效指标",
                "设备安装调试完成时间",
                "反向",
                "≤",
                mk(
                    day(YEAR + 1, 3, 31),
                    "Y102",
                    "error",
                    note="one-year 2026 project, date in 2027",
                ),
                None,
            ),
            (None, "成本指标", "设备购置成本", "反向", "≤", 195, "万元"),
            (
                "效益指标",
                "社会效益指标",
                "日间手术术后感染发生率",
                "反向",
                mk("≥", "T108", "warning", row=True, note="反向 rate with ≥"),
                0.5,
                "%",
            ),
            ("满意度指标", "服务对象满意度指标", "手术患者满意度", "正向", "≥", 90, "%"),
        ],
    )
    return b
