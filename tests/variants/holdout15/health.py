"""卫生健康 and 医疗保障 (l05–l09): a county hospital project in the 2021 framework with
成本指标 and 比较符 / 度量单位 / 指标解释 columns, a disease-control project with malformed values,
the department tables of a 医疗保障局 and of a 卫生健康局, and a rolling project with one sheet
per year."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout15.common import FBook
from tests.variants.holdout15.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

AMT = "#,##0.00"


@variant("l05-county-hospital-nat2021-ok", (1, 11, 12), "project, NAT-2021 with 经济/社会/"
         "生态环境成本指标, 比较符, 度量单位 and 指标解释 columns, a deadline as a date cell, a "
         "zero social cost, totals =SUM with cached values")  # fmt: skip
def l05() -> Book:
    b = FBook()
    s = b.sheet("项目绩效目标", widths=(14, 18, 30, 10, 14, 12, 30))
    project_head(
        s, year=2026, name="桐岙县人民医院急诊急救能力提升项目",
        dept="桐岙县卫生健康局（405001）", unit="桐岙县人民医院", attr="一次性项目",
        money=[("资金总额", money(860, WAN), "年度资金总额", money(860, WAN)),
               ("其中：财政拨款", money(780, WAN), "其中：财政拨款", money(780, WAN)),
               ("其他资金", money(80, WAN), "其他资金", money(80, WAN))],
        goals=["2026年完成急诊急救设备购置18台（套），培训急诊医护人员120人次，胸痛、卒中患者"
               "救治时间明显缩短，县域急诊急救能力明显提升。"],
    )  # fmt: skip
    b.formula(s, 5, 3, "=SUM(C6:C7)", 860)
    b.formula(s, 5, 5, "=SUM(E6:E7)", 860)
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "度量单位", "指标解释")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "购置急诊急救设备",
                "≥",
                18,
                "台（套）",
                "含除颤仪、转运呼吸机、心电监护仪",
            ),
            (None, None, "急诊医护人员急救技能培训", "≥", 120, "人次", None),
            (None, "质量指标", "设备验收合格率", "=", 100, "%", None),
            (None, None, "急诊危重患者抢救成功率", "≥", pct(0.92), "%", None),
            (
                None,
                "时效指标",
                "设备采购安装完成时间",
                "≤",
                day(2026, 9, 30, CN_DATE),
                None,
                "以验收报告日期为准",
            ),
            ("成本指标", "经济成本指标", "急诊急救设备购置成本", "≤", 700, "万元", None),
            (
                None,
                "社会成本指标",
                "改造施工期间急诊停诊天数",
                "=",
                0,
                "天",
                "分区施工，急诊不停诊",
            ),
            (None, "生态环境成本指标", "医疗废物规范处置率", "=", 100, "%", None),
            ("效益指标", "社会效益指标", "急性心肌梗死患者院内死亡率", "≤", 5, "%", None),
            (None, None, "县域内住院就诊率", "≥", 90, "%", None),
            (None, "可持续影响指标", "县域急诊急救体系", None, "长期稳定运行", None, None),
            ("满意度指标", "服务对象满意度指标", "患者满意度", "≥", 90, "%", "出院患者满意度调查"),
        ],
        merged=(1, 2),
    )
    return b


@variant("l06-disease-control-values", (1, 9), "project, OLD-NAT, one value column with the "
         "operator inside: two operators, a rate over 100 % in a percent cell, a rate as >=95 "
         "without %, one indicator listed twice")  # fmt: skip
def l06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 36, 20, 16, 16))
    project_head(
        s, year=2026, name="汶屏县重大传染病防控项目", dept="汶屏县卫生健康局",
        unit="汶屏县疾病预防控制中心",
        money=[("资金总额", money(326.5), "年度资金总额", money(326.5)),
               ("其中：财政拨款", money(326.5), "其中：财政拨款", money(326.5)),
               ("其他资金", money(0), "其他资金", money(0))],
        goals=["开展艾滋病、结核病等重大传染病监测检测和患者管理，传染病疫情报告及时规范，"
               "艾滋病疫情持续控制在低流行水平，肺结核发病率稳中有降。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "艾滋病检测人次", "≥12.6万人次"),
            (
                None,
                None,
                "艾滋病检测任务完成率",
                mk("≥≤90%", "T116", "warning", note="two operators"),
            ),
            (None, None, "重点人群结核病主动筛查人数", "≥8500人"),
            (None, None, "重点人群监测覆盖率", "≥90%"),
            (None, "质量指标", "结核病患者成功治疗率", "≥90%"),
            (
                None,
                None,
                "疑似传染病病例报告及时率",
                mk(pct(1.05), "T106", "error", note="105% on a 及时率"),
            ),
            (
                None,
                None,
                "重点人群监测覆盖率",
                mk(
                    "≥90%",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102", "D103"),
                    note="the same indicator as four rows above",
                ),
            ),
            (
                None,
                None,
                "病原学阳性肺结核患者耐药筛查率",
                mk(">=95", "T105", "warning", row=True, alt=("T116", "T104"), note="no %"),
            ),
            (None, "时效指标", "传染病疫情报告审核时限", "≤24小时"),
            (None, "成本指标", "艾滋病抗病毒治疗人均药品费用", "≤3800元/人/年"),
            ("效益指标", "社会效益指标", "艾滋病疫情", "持续控制在低流行水平"),
            (None, None, "肺结核发病率", "≤45/10万"),
            (None, "可持续影响指标", "传染病联防联控工作机制", "健全有效"),
            ("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥85%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("l07-insurance-department-ok", (12,), "department, NAT-2021, 资金总额 and 金额合计 "
         "as =SUM with cached values, key tasks adding to 项目支出, a share in ‰, 稳定在…以上 "
         "and 保持平衡 values")  # fmt: skip
def l07() -> Book:
    b = FBook()
    s = b.sheet("部门整体绩效目标", widths=(16, 22, 30, 16, 22, 14))
    department_head(
        s, year=2026, dept="青漪市医疗保障局",
        budget=[(money(1835.62, AMT), money(1735.62, AMT), money(100, AMT),
                 money(1285.62, AMT), money(550, AMT))],
        tasks=[("医保基金监管", "开展定点医药机构现场检查、专项整治和智能监控", money(180, AMT),
                "基金违规支付得到有效遏制"),
               ("医保经办服务能力建设", "建设15分钟医保服务圈，推进经办服务下沉", money(210, AMT),
                "参保群众就近办、网上办"),
               ("医疗保障信息化", "医保信息平台运维和医保电子凭证推广", money(160, AMT),
                "异地就医直接结算顺畅"),
               ("金额合计", None, money(550, AMT), None)],
        goal="守住医保基金安全底线，巩固参保扩面成果，提升医保经办服务水平，减轻参保群众就医负担。",
    )  # fmt: skip
    b.formula(s, 4, 2, "=SUM(C4:D4)", 1835.62)
    b.formula(s, 9, 4, "=SUM(D6:D8)", 550)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "定点医药机构现场检查覆盖率", "=100%", None),
            (None, None, "医保政策宣传活动", "≥40场次", None),
            (None, None, "门诊慢特病资格认定办理", "≥6000人次", None),
            (None, "质量指标", "医保基金违规支付金额占比", "≤1‰", "违规支付金额÷基金支出总额"),
            (None, None, "异地就医住院费用直接结算率", "80%以上", None),
            (None, None, "基本医疗保险参保率", "稳定在95%以上", None),
            (None, "时效指标", "医保经办业务办结时限", "≤10个工作日", None),
            (None, None, "医保待遇资金拨付及时率", "=100%", None),
            ("成本指标", "经济成本指标", "医保经办人均服务成本", "≤25元/人/年", None),
            ("效益指标", "社会效益指标", "医保基金当期收支", "保持平衡", None),
            (None, None, "参保群众就医负担", "逐步减轻", None),
            (None, "可持续影响指标", "医保基金监管长效机制", "健全完善", None),
            ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "第三方测评"),
        ],
        merged=(1, 2),
    )
    for r in range(12, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    return b


@variant("l08-health-department-wrong", (5, 12), "department, NAT-2021: 基本支出 + 项目支出 "
         "≠ 资金总额, key tasks not adding to 金额合计, a 质量指标 under 效益指标, no "
         "满意度指标")  # fmt: skip
def l08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 22, 30, 16, 22, 14))
    department_head(
        s, year=2026, dept="苍桥区卫生健康局",
        budget=[(mk(money(4260, AMT), "B101", "error", row=True,
                    note="2 980 + 1 200 = 4 180 ≠ 4 260"),
                 money(4020, AMT), money(240, AMT), money(2980, AMT), money(1200, AMT))],
        tasks=[("基本公共卫生服务", "居民健康档案、慢病管理、老年人体检等", money(480, AMT),
                "重点人群健康管理率达标"),
               ("基层医疗机构运行补助", "社区卫生服务中心基本运行和设备维护", money(350, AMT),
                "基层服务能力提升"),
               ("卫生应急能力建设", "应急物资储备、应急演练和队伍培训", money(290, AMT),
                "突发事件处置及时有效"),
               ("金额合计", None, mk(money(1200, AMT), "B102", "error", row=True,
                                     note="480 + 350 + 290 = 1 120"), None)],
        goal="完善基层医疗卫生服务体系，做实基本公共卫生服务，提升卫生应急处置能力。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "家庭医生签约服务人数", "≥12万人"),
            (None, None, "65岁及以上老年人健康体检", "≥3.2万人"),
            (None, "质量指标", "儿童预防接种建卡率", "≥95%"),
            (None, "时效指标", "突发公共卫生事件报告及时率", "=100%"),
            ("成本指标", "经济成本指标", "卫生应急物资储备成本", "≤290万元"),
            ("效益指标", "社会效益指标", "居民健康素养水平", "≥32%"),
            (
                None,
                mk(
                    "质量指标",
                    "F105",
                    "error",
                    alt=("F104",),
                    note="a tier-2 of 产出指标 under 效益指标",
                ),
                "医疗机构传染病报告质量合格率",
                "≥95%",
            ),
            (None, "可持续影响指标", "区域卫生应急体系", "持续完善"),
        ],
        merged=(1, 2),
    )
    b.file_mark("F106", "error", note="no 满意度指标 in a NAT-2021 department table")
    return b


def _family_doctor(b: Book, year: int, people: int, key: int, budget: float,
                   rates: tuple[str, str, str]) -> None:  # fmt: skip
    s = b.sheet(f"{year}年", widths=(14, 16, 34, 20, 16, 16))
    project_head(
        s, year=year, name="北汀市家庭医生签约服务项目", dept="北汀市卫生健康委员会",
        unit="北汀市基层卫生服务指导中心",
        money=[("资金总额", money(budget), "年度资金总额", money(budget)),
               ("其中：财政拨款", money(budget), "其中：财政拨款", money(budget)),
               ("其他资金", money(0), "其他资金", money(0))],
        goals=[f"{year}年家庭医生签约服务覆盖{people}万人，重点人群签约{key}万人，签约服务"
               "质量和居民获得感持续提升。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "家庭医生签约服务人数", f"≥{people}万人"),
            (None, None, "重点人群签约人数", f"≥{key}万人"),
            (None, "质量指标", "家庭医生签约服务覆盖率", rates[0]),
            (None, None, "重点人群签约服务覆盖率", rates[1]),
            (None, None, "签约居民续约率", rates[2]),
            (None, "时效指标", "签约服务费拨付时间", f"{year}年12月31日前"),
            (None, "成本指标", "签约服务费财政补助标准", "≤16元/人/年"),
            ("效益指标", "社会效益指标", "居民获得连续健康管理服务", "有效提升"),
            (None, "可持续影响指标", "家庭医生团队服务能力", "逐步提高"),
            ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )


@variant("l09-family-doctor-sheet-per-year-ok", (7, 12), "a continuing project, OLD-NAT, one "
         "sheet per year (2026年, 2027年) in one workbook, each a complete table of its year; "
         "standard × count within (2026) and equal to (2027) the budget")  # fmt: skip
def l09() -> Book:
    b = Book()
    _family_doctor(b, 2026, 38, 21, 612, ("≥45%", "≥75%", "不低于80%"))
    _family_doctor(b, 2027, 41, 22, 656, ("≥48%", "≥76%", "维持在80%以上"))
    return b
