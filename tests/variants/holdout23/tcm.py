"""中医院: a two-line header with operators in words, and a head block pasted from a PDF."""

from __future__ import annotations

from tests.variants.holdout23.registry import variant
from tests.variants.holdout23.system import (
    banner,
    down,
    grid,
    page_break,
    signature,
    two_line_header,
)
from tests.variants.kit import CN_DATE, Book, day, mk, money

AMOUNT = "#,##0.00"


@variant(
    "ig07-tcm-hospital-ok",
    (4, 7),
    "project, NAT-2021, table from column C, two-line header (指标值 over 比较符/数值/单位), "
    "operators in words, a deadline as a date cell, merged tier blocks, header repeated after "
    "a page break, 注 and 填报说明 lines, signature line",
)
def tcm_hospital_ok() -> Book:
    b = Book()
    s = b.sheet("中医馆建设", (2, 2, 12, 14, 30, 10, 9, 10, 26, 12))
    c = 3
    banner(s, "项目支出绩效目标表（2027年度）", c, 8)
    grid(
        s,
        c,
        ("项目名称", 1),
        ("基层中医药服务能力提升（中医馆建设）", 3),
        ("项目编码", 1),
        ("41272627R000000031877", 3),
    )
    grid(s, c, ("主管部门", 1), ("鹤汀县卫生健康委员会", 3), ("实施单位", 1), ("鹤汀县中医院", 3))
    grid(s, c, ("项目属性", 1), ("新增项目", 3), ("项目期限", 1), ("1年", 3))
    top = grid(
        s,
        c,
        ("项目资金（万元）", 1),
        ("年度资金总额", 2),
        (money(180, AMOUNT), 1),
        ("其中：财政拨款", 2),
        (money(150, AMOUNT), 2),
    )
    grid(s, c, (None, 1), ("其他资金", 2), (money(30, AMOUNT), 1), (None, 4))
    down(s, c, top, s.r)
    grid(
        s,
        c,
        ("年度绩效目标", 1),
        (
            "在6个乡镇卫生院建成中医馆，推广中医药适宜技术10项以上，中医门诊服务量达到8.6万人次，"
            "基层中医药服务能力有效提升。",
            7,
        ),
    )
    first = ("一级指标", "二级指标", "三级指标", "指标值", None, None, "指标解释", "备注")
    second = (None, None, None, "比较符", "数值", "单位", None, None)
    spans = [(c + 3, c + 5)]
    two_line_header(s, c, first, second, spans)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "中医馆建设数量",
                "大于等于",
                6,
                "个",
                "每个乡镇卫生院1个",
                None,
            ),
            (None, None, "中医药适宜技术推广项数", "大于等于", 10, "项", "按省级推广目录", None),
            (None, None, "中医门诊人次", "大于等于", 8.6, "万人次", "县中医院及中医馆合计", None),
            (
                None,
                "质量指标",
                "中医馆建设验收合格率",
                "等于",
                100,
                "%",
                "按省级建设标准验收",
                None,
            ),
            (None, None, "中药饮片质量抽检合格率", "大于等于", 98, "%", "市场监管部门抽检", None),
        ],
        merged=(1, 2),
        col=c,
    )
    page_break(s)
    two_line_header(s, c, first, second, spans)
    s.table(
        [
            (
                "产出指标",
                "时效指标",
                "中医馆建设完成时间",
                "小于等于",
                day(2027, 11, 30, CN_DATE),
                None,
                "完成验收时间",
                None,
            ),
            (
                "成本指标",
                "经济成本指标",
                "单个中医馆建设补助标准",
                "小于等于",
                25,
                "万元/个",
                "含设备购置和改造",
                None,
            ),
            (
                "效益指标",
                "社会效益指标",
                "乡镇卫生院中医药服务量占比",
                "大于等于",
                30,
                "%",
                "中医诊疗人次÷总诊疗人次",
                None,
            ),
            (
                None,
                "可持续影响指标",
                "基层中医药服务能力",
                None,
                "有效提升",
                None,
                "定性指标",
                "按年度考核",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "就诊患者满意度",
                "大于等于",
                90,
                "%",
                "问卷调查",
                None,
            ),
        ],
        merged=(1, 2),
        col=c,
    )
    s.row(
        "注：1.指标值为定量的，比较符从下拉列表选择；2.定性指标的比较符不填。",
        col=c,
        merge=[(c, c + 7)],
    )
    s.row("填报说明：本表由预算管理一体化系统导出，金额单位为万元。", col=c, merge=[(c, c + 7)])
    signature(s, c, "蒋慧", "彭一帆", "0391-7712035", day(2026, 10, 22))
    return b


@variant(
    "ig17-specialty-pdf-artefacts",
    (9, 12),
    "project, OLD-NAT, 资金总额 pasted from a PDF with a space inside the number, a detail "
    "line pasted twice, detail lines below the head",
)
def specialty_pdf_artefacts() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 14, 30, 10, 10, 10, 24))
    banner(s, "苇塘县2027年度项目支出绩效目标表", 1, 7)
    grid(
        s,
        1,
        ("项目名称", 1),
        ("中医重点专科建设", 3),
        ("项目编码", 1),
        ("41302427R000000040533", 2),
    )
    grid(s, 1, ("主管部门", 1), ("苇塘县卫生健康局", 3), ("实施单位", 1), ("苇塘县中医医院", 2))
    grid(s, 1, ("项目属性", 1), ("新增项目", 3), ("项目期限", 1), ("1年", 2))
    top = grid(
        s,
        1,
        ("资金情况（万元）", 1),
        ("年度资金总额", 1),
        (mk("1205.337 6", "X105", "warning", alt=("X103",)), 1),
        ("财政拨款", 1),
        (money(1105.3376, "0.0000"), 1),
        ("其他资金", 1),
        (money(100, "0.0000"), 1),
    )
    grid(s, 1, (None, 1), ("明细项目", 1), ("金额", 1), ("测算依据", 4))
    grid(
        s,
        1,
        (None, 1),
        ("专科诊疗设备购置", 1),
        (mk("120万120万", "X106", "error", alt=("B108",)), 1),
        ("针灸、康复设备共12台（套）", 4),
    )
    grid(
        s,
        1,
        (None, 1),
        ("人才培养与进修", 1),
        (money(185.3376, "0.0000"), 1),
        ("骨干医师进修8人、师承带教3人", 4),
    )
    grid(
        s,
        1,
        (None, 1),
        ("中药制剂室改造", 1),
        (money(900, "0.0000"), 1),
        ("按制剂室改造方案预算", 4),
    )
    down(s, 1, top, s.r)
    grid(
        s,
        1,
        ("年度绩效目标", 1),
        ("建成针灸、康复2个县级中医重点专科，完成中药制剂室改造，专科年门诊量达到3万人次。", 6),
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "建设县级中医重点专科", "≥", 2, "个", None),
            (None, None, "专科年门诊量", "≥", 3, "万人次", None),
            (None, "质量指标", "制剂室改造验收合格率", "=", 100, "%", None),
            (None, "时效指标", "设备购置完成时间", None, "10月31日前", None, None),
            (None, "成本指标", "设备购置费用", "≤", 120, "万元", None),
            ("效益指标", "社会效益指标", "专科病种中医治疗率", "≥", 60, "%", None),
            (None, "可持续影响指标", "专科服务能力", None, "持续提升", None, None),
            ("满意度指标", "服务对象满意度指标", "专科患者满意度", "≥", 90, "%", None),
        ],
        merged=(1, 2),
    )
    return b
