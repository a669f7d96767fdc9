"""Other header words, notes, page breaks, exports, artefacts and money blocks: vz13–vz18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout380.common import (
    TIERS,
    YEAR,
    details,
    first,
    funds,
    indicators,
    note,
    sign,
)
from tests.variants.holdout380.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

DEPT = "栖梧县卫生健康局（302011）"
UNIT = "栖梧县红十字会"


@variant(
    "vz13-footnotes",
    (4, 7),
    "project, OLD-NAT, headers 考核指标 / 目标值（年度） / 评价标准, "
    "a note row inside the table, footnotes, signature and a prior-year fill date (correct)",
)
def vz13() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="造血干细胞捐献者健康随访项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(56, 50, 6),
        goals=["对历年实现捐献者开展健康随访，建立随访档案。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"),
        [
            ("产出指标", "数量指标", "随访捐献者人数", "≥60人", "每少5人扣1分"),
            (None, "质量指标", "随访档案完整率", "≥98%", "每低1个百分点扣1分"),
            (None, "时效指标", "年度随访完成时间", "12月20日前", "逾期不得分"),
            (None, "成本指标", "人均随访体检费", "≤800元/人", "超标准不得分"),
        ],
    )
    note(s, "注：以下效益和满意度指标由第三方机构抽样调查核定。")
    s.table(
        [
            ("效益指标", "社会效益指标", "捐献者健康状况良好率", "≥95%", "未达标不得分"),
            ("满意度指标", "服务对象满意度指标", "随访对象满意度", "≥90%", "每低1个百分点扣1分"),
        ],
        merged=(1, 2),
    )
    note(s, "注：年度资金总额56万元含上年结转资金6万元，列入其他资金。")
    note(s, "填表说明：指标值应量化，定性指标按“好、较好、一般、差”填写。")
    sign(s, "林晓澜", "0597-8826315", day(YEAR - 1, 12, 8, CN_DATE))
    return b


@variant(
    "vz14-page-break",
    (4, 12),
    "department, NAT-2021, weight column, header repeated after "
    "a page break, subtotal and total rows, tasks adding to 金额合计 (correct)",
)
def vz14() -> Book:
    b, s = first()
    department_head(
        s,
        year=YEAR,
        dept="栖梧县造血干细胞捐献服务站",
        goal="新增入库志愿者600人。",
        budget=[(money(212.5), money(200.5), money(12), money(150.5), money(62))],
        tasks=[
            ("入库动员", "乡镇及学校动员", money(38), "新增入库≥600人"),
            ("捐献者关怀", "陪护与回访", money(24), "回访全覆盖"),
            ("金额合计", None, money(62), None),
        ],
    )
    head = (*TIERS, "指标值", "权重")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "新增入库志愿者人数", "≥600人", 20),
            (None, None, "乡镇动员活动场次", "≥15场", 10),
            (None, "质量指标", "血样检测合格率", "≥98%", 10),
            (None, "时效指标", "捐献后首次回访", "≤7天", 10),
        ],
    )
    s.row("产出指标小计", None, None, None, 50)
    s.skip()
    s.row(*head)
    s.table(
        [
            ("成本指标", "经济成本指标", "每份血样分型检测费", "≤300元/份", 10),
            ("效益指标", "社会效益指标", "志愿者库容增长率", "≥6%", 15),
            (None, "可持续影响指标", "再动员同意率", "≥80%", 15),
            ("满意度指标", "服务对象满意度指标", "志愿者满意度", "≥90%", 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "vz15-export-second-sheet",
    (7, 12),
    "budget-system export: head and detail lines on "
    "sheet 05-1, codes in the first columns and header 预期实现值 on sheet 05-2 (correct)",
)
def vz15() -> Book:
    b, s = first("部门项目支出预算05-1")
    project_head(
        s,
        year=YEAR,
        name="乡镇造血干细胞采样点建设项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(45.8, 42, 3.8),
        goals=["在8个乡镇卫生院设立采样点，采集入库血样800份。"],
    )
    details(
        s,
        [
            ("宣传物料", money(12.6, WAN), "8个采样点"),
            ("采样耗材", money(9.2, WAN), "800份"),
            ("HLA分型检测", money(24, WAN), "800份 × 300元"),
        ],
        money(45.8, WAN),
    )
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 14, 16, 28, 16))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 6)
    t.row("单位：栖梧县红十字会", None, None, None, None, "金额单位：万元")
    code, name = "302011260007", "乡镇造血干细胞采样点建设项目"
    indicators(
        t,
        ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值"),
        [
            (code, name, "产出指标", "数量指标", "采集入库血样", "≥800份"),
            (code, name, None, None, "设立乡镇采样点", "=8个"),
            (code, name, None, "质量指标", "血样检测合格率", "≥98%"),
            (code, name, None, "时效指标", "采样点投入使用时间", "6月30日前"),
            (code, name, None, "成本指标", "每份血样分型检测费", "≤300元/份"),
            (code, name, "效益指标", "社会效益指标", "乡镇居民入库人数占比", "≥20%"),
            (code, name, "满意度指标", "服务对象满意度指标", "采样群众满意度", "≥90%"),
        ],
        merged=(3, 4),
    )
    return b


@variant(
    "vz16-pdf-artefacts",
    (9, 12),
    "project, OLD-NAT, detail lines under the table: a "
    "split number, an amount pasted twice, a completion date as a serial in a text cell",
)
def vz16() -> Book:
    b, s = first()
    end = mk("46387", "X104", "warning", note="日期序列号 46387 = 2026-12-31，存为文本")
    project_head(
        s,
        year=YEAR,
        name="造血干细胞捐献者关怀与宣传项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(80, 72, 8),
        end=end,
        goals=["新增入库志愿者1000人，为实现捐献者提供营养补助。"],
    )
    indicators(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "新增入库志愿者人数", "≥1000人"),
            (None, "质量指标", "血样检测合格率", "≥98%"),
            (None, "时效指标", "补助发放时限", "≤15个工作日"),
            (None, "成本指标", "人均营养补助标准", "≤5000元/人"),
            ("效益指标", "社会效益指标", "再动员同意率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "捐献者满意度", "≥90%"),
        ],
    )
    details(
        s,
        [
            (
                "宣传动员",
                mk("32.4 6", "X105", "warning", alt=("X103",), note="32.46 被空格断开"),
                "20场",
            ),
            ("采样耗材", money(21.54, WAN), "1000份"),
            (
                "捐献者营养补助",
                mk(
                    "26万26万(含营养补助)",
                    "X106",
                    "error",
                    alt=("B108",),
                    note="金额粘贴两次，应读作 26",
                ),
                "52人 × 5000元",
            ),
        ],
        money(80, WAN),
    )
    return b


@variant(
    "vz17-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def vz17() -> Book:
    b, s = first()
    total = mk(money(980), "B101", "error", note="640 + 320 = 960 ≠ 980")
    department_head(
        s,
        year=YEAR,
        dept="澄湾区造血干细胞捐献服务中心",
        budget=[(total, money(900), money(80), money(640), money(320))],
        tasks=[
            ("入库动员", "高校与企业动员", money(160), "新增入库≥2500人"),
            ("HLA分型检测", "委托分型检测", money(95), "分型按时入库"),
            ("捐献者关怀", "陪护、补助与回访", money(70), "回访全覆盖"),
            (
                "金额合计",
                None,
                mk(money(320), "B102", "error", note="160 + 95 + 70 = 325 ≠ 320"),
                None,
            ),
        ],
        goal="新增入库志愿者2500人，捐献者回访全覆盖。",
    )
    indicators(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "新增入库志愿者人数", "≥2500人"),
            (None, "质量指标", "血样检测合格率", "≥98%"),
            (None, "时效指标", "捐献后首次回访", "≤7天"),
            ("成本指标", "经济成本指标", "每份血样分型检测费", "≤300元/份"),
            ("效益指标", "社会效益指标", "志愿者库容增长率", "≥8%"),
            ("满意度指标", "服务对象满意度指标", "志愿者满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "vz18-two-row-header-wrong",
    (7, 1),
    "project, OLD-NAT, two-row header 绩效目标值 over "
    "指标性质 · 目标值 · 计量单位: a deadline as 100%, a satisfaction rate with =",
)
def vz18() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="造血干细胞捐献者入院陪护项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(15, 15, 0),
        goals=["为实现捐献者提供入院陪护和交通补贴。"],
    )
    s.row(*TIERS, "绩效目标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "指标性质", "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "入院陪护人次", "≥", 20, "人次"),
            (None, "质量指标", "陪护记录完整率", "≥", pct(0.98), None),
            (
                None,
                "时效指标",
                "接到通知后陪护到位时限",
                "≤",
                mk(pct(1), "T113", "warning", note="时限写成百分比"),
                None,
            ),
            (None, "成本指标", "陪护交通补贴标准", "≤", 800, "元/人次"),
            ("效益指标", "社会效益指标", "捐献者中途退出率", "≤", pct(0.05), None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "捐献者满意度",
                mk("=", "T107", "warning", row=True, note="满意度用=，应为≥"),
                pct(0.95),
                None,
            ),
        ],
        merged=(1, 2),
    )
    return b
