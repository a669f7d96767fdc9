"""Returns of the county archive digitisation project (kah01-kah06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout700.common import (
    budget,
    funds,
    indicators,
    note,
    open_book,
    signature,
    wan,
)
from tests.variants.holdout700.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kah01-scan-percent-cells",
    (1, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, operator and unit columns, "
    "percent cells typed in Excel, 万元 in the number format (correct)",
)
def kah01() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="栎川县馆藏档案数字化扫描（第三期）",
        dept="栎川县委办公室（417001）",
        unit="栎川县档案馆",
        money=funds(48, 48, 0),
        goals=[
            "完成馆藏民国档案及1950—1990年文书档案数字化扫描12万画幅（其中民国档案"
            "3万画幅、文书档案9万画幅），同步完成目录著录与图像质检，成果通过市档案局"
            "验收，为2026年开通档案网上查阅积累数据。"
        ],
    )
    head = ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "档案数字化扫描画幅", "≥", 12, "万画幅"),
            (None, None, "档案目录著录条目", "≥", 9.6, "万条"),
            (None, "质量指标", "数字化图像质检合格率", "≥", pct(0.98), "%"),
            (None, None, "扫描过程档案实体损毁事件", "≤", 0, "起"),
            (None, "时效指标", "数字化成果验收完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
            (None, "成本指标", "单画幅扫描成本", "≤", 2.5, "元/画幅"),
            (None, None, "目录著录单条成本", "≤", 1.2, "元/条"),
            ("效益指标", "社会效益指标", "查档调卷平均等待时间下降率", "≥", pct(0.3), "%"),
            (None, "可持续影响指标", "数字化成果异地备份率", "=", pct(1), "%"),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥", pct(0.92), "%"),
        ],
    )
    return b


@variant(
    "kah02-scan-goal-mismatch",
    (7, 12),
    "project, NAT-2021, header 预期目标: the goal's count and deadline differ from the "
    "indicators, a unit cost × count above the money",
)
def kah02() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="栎川县婚姻登记档案数字化",
        dept="栎川县民政局（423001）",
        unit="栎川县婚姻登记中心",
        money=funds(50, 45, 5),
        goals=[
            "完成1980—2010年婚姻登记档案数字化扫描15万画幅、目录著录20万条，"
            "11月30日前通过验收并接入县档案数字资源平台。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            (
                "产出指标",
                "数量指标",
                "婚姻登记档案扫描画幅",
                mk("≥10万画幅", "D104", "warning", row=True, note="年度目标写扫描15万画幅"),
            ),
            (None, None, "目录著录条目", "≥20万条"),
            (None, "质量指标", "图像质检合格率", "≥98%"),
            (
                None,
                "时效指标",
                "数字化成果验收时间",
                mk(
                    "2026年3月31日前",
                    "Y102",
                    "error",
                    row=True,
                    alt=("D104", "Y103"),
                    note="一年期项目（2025年）的期限落在次年；年度目标写11月30日前",
                ),
            ),
            (
                "成本指标",
                "经济成本指标",
                "目录著录单价",
                mk(
                    "≤3元/条",
                    "B107",
                    "warning",
                    row=True,
                    note="3元/条 × 20万条 = 60万元，超过资金总额50万元",
                ),
            ),
            (None, None, "单画幅扫描成本", "≤1.2元/画幅"),
            ("效益指标", "社会效益指标", "群众补办婚姻证明往返次数下降率", "≥50%"),
            (None, "可持续影响指标", "数字档案长期保存格式合规率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kah03-stacked-two-projects",
    (2, 12),
    "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
    "indicator name with different values in each, money consistent (correct)",
)
def kah03() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="民国档案数字化加工",
        dept="栎川县委办公室（417001）",
        unit="栎川县档案馆",
        money=funds(36, 36, 0),
        goals=["完成民国档案扫描8万画幅、目录著录8万条，年内开放在线查阅。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "民国档案扫描画幅", "≥8万画幅"),
            (None, None, "民国档案目录著录条目", "≥8万条"),
            (None, "质量指标", "验收合格率", pct(1)),
            (None, "时效指标", "扫描加工完成时间", "2025年10月31日前"),
            (None, "成本指标", "单画幅扫描加工费", "≤2.4元/画幅"),
            (None, None, "目录著录单条费用", "≤1.5元/条"),
            ("效益指标", "社会效益指标", "民国档案在线查阅开放率", "≥60%"),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2025,
        name="档案库房温湿度控制改造",
        dept="栎川县委办公室（417001）",
        unit="栎川县档案馆",
        money=funds(22, 20, 2),
        title="",
        goals=["改造库房860平方米，安装恒温恒湿机组6台，库房温湿度全年达标。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "改造库房面积", "≥860平方米"),
            (None, None, "安装恒温恒湿机组", "=6台"),
            (None, "质量指标", "验收合格率", "≥95%"),
            (None, "时效指标", "改造完工时间", "10月31日前"),
            (None, "成本指标", "恒温恒湿机组单价", "≤2.8万元/台"),
            ("效益指标", "生态效益指标", "库房年耗电量下降率", "≥10%"),
            (None, "可持续影响指标", "档案霉变虫蛀事件", "0起"),
            ("满意度指标", "服务对象满意度指标", "档案保管人员满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kah04-stacked-leftover-year",
    (2, 12),
    "two one-year projects stacked, OLD-NAT: the second one's money does not add up and "
    "its goal keeps last year's deadline",
)
def kah04() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="城建档案数字化加工",
        dept="栎川县住房和城乡建设局（431001）",
        unit="栎川县城建档案馆",
        money=funds(28, 28, 0),
        goals=["完成城建档案扫描6万画幅，9月30日前通过验收。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "城建档案扫描画幅", "≥6万画幅"),
            (None, "质量指标", "图像质检合格率", "≥98%"),
            (None, "时效指标", "验收完成时间", "2025年9月30日前"),
            (None, "成本指标", "单画幅扫描成本", "≤3元/画幅"),
            ("效益指标", "社会效益指标", "城建档案网上查阅开放率", "≥50%"),
            ("满意度指标", "服务对象满意度指标", "查档单位满意度", "≥90%"),
        ],
    )
    s.skip()
    total = mk(wan(30), "B101", "error", note="财政拨款25 + 其他资金8 = 33，不等于资金总额30")
    goal = mk(
        "完成城建档案库房气体灭火系统改造，2024年12月底前通过消防验收。",
        "Y103",
        "warning",
        alt=("Y102", "Y101"),
        note="预算年度2025年，目标仍写上年的期限（上年申报表的残留）",
    )
    project_head(
        s,
        year=2025,
        name="城建档案库房消防系统改造",
        title="",
        dept="栎川县住房和城乡建设局（431001）",
        unit="栎川县城建档案馆",
        money=funds(total, 25, 8),
        goals=[goal],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "改造气体灭火防护区", "=4个"),
            (None, "质量指标", "消防验收合格率", "=100%"),
            (None, "时效指标", "改造完工时间", "2025年11月30日前"),
            (None, "成本指标", "单个防护区改造费用", "≤7万元/个"),
            ("效益指标", "可持续影响指标", "库房火灾事故", "0起"),
            ("满意度指标", "服务对象满意度指标", "档案管理人员满意度", "≥90%"),
        ],
    )
    return b


DEPT_ROWS = [
    ("产出指标", "数量指标", "档案数字化扫描画幅", "≥12万画幅"),
    (None, None, "查档利用服务人次", "≥6000人次"),
    (None, None, "编研成果出版", "≥1部"),
    (None, "质量指标", "数字化成果验收合格率", "=100%"),
    (None, "时效指标", "查档申请办结时限", "≤3个工作日"),
    ("成本指标", "经济成本指标", "单画幅扫描成本", "≤3元/画幅"),
    ("效益指标", "社会效益指标", "档案利用人次较上年增长率", "≥8%"),
    (None, "可持续影响指标", "档案库房安全事故", "0起"),
    ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥92%"),
]


@variant(
    "kah05-department-footnotes",
    (4, 12),
    "department, NAT-2021: budget and key tasks adding up, footnotes explaining a total, "
    "填表说明 and a signature line dated the year before (correct)",
)
def kah05() -> Book:
    b, s = open_book()
    department_head(
        s,
        year=2025,
        dept="栎川县档案馆",
        budget=budget(186.4, 176.4, 10, 121.4, 65),
        goal="全年接待查档利用不少于6000人次（其中线上查档2000人次），完成档案数字化"
        "12万画幅，出版编研成果1部，库房安全零事故。",
        tasks=[
            ("馆藏档案数字化", "扫描民国及文书档案12万画幅", wan(38), "完成扫描并验收"),
            ("档案安全保管", "库房设备运维与消防检测", wan(15), "库房安全无事故"),
            ("档案编研与利用", "编纂《栎川大事记（1949—2024）》", wan(12), "出版编研成果1部"),
            ("金额合计", "", wan(65), ""),
        ],
    )
    indicators(s, HEAD4, DEPT_ROWS)
    note(s, "注：1. 查档利用服务人次6000人次 = 到馆查档4000人次 + 线上查档2000人次。")
    note(
        s,
        "2. 单画幅扫描成本按县政府采购中标价测算，12万画幅 × 3元 = 36万元，在数字化任务38万元内。",
    )
    note(s, "填表说明：本表金额单位为万元；指标值为年度目标值。")
    signature(s, "邵闻溪", "柯若岚", "0578-7320416", day(2024, 11, 18, CN_DATE))
    return b


@variant(
    "kah06-department-money-wrong",
    (12, 4),
    "department, NAT-2021: key tasks not adding up to 金额合计, a quality rate under 时效, "
    "a footnote under the table",
)
def kah06() -> Book:
    b, s = open_book()
    total = mk(wan(71), "B102", "error", alt=("B101",), note="40 + 18 + 16 = 74，不等于金额合计71")
    department_head(
        s,
        year=2025,
        dept="栎川县档案馆",
        budget=budget(203, 190, 13, 132, 71),
        goal="完成馆藏档案数字化14万画幅，开展档案安全检查，编印档案文化读本1种。",
        tasks=[
            ("馆藏档案数字化", "扫描文书档案14万画幅", wan(40), "完成扫描并验收"),
            ("档案安全保管", "库房设备运维", wan(18), "库房安全无事故"),
            ("档案文化宣传", "编印读本、举办展览", wan(16), "读本1种、展览2场"),
            ("金额合计", "", total, ""),
        ],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "档案数字化扫描画幅", "≥14万画幅"),
            (None, None, "档案文化展览场次", "≥2场"),
            (None, "质量指标", "图像质检合格率", "≥98%"),
            (
                None,
                "时效指标",
                "数字化成果抽检合格率",
                mk("≥98%", "F201", "warning", row=True, note="质量类合格率填在时效指标下"),
            ),
            (None, None, "查档申请办结时限", "≤3个工作日"),
            ("成本指标", "经济成本指标", "单画幅扫描成本", "≤2.8元/画幅"),
            ("效益指标", "社会效益指标", "档案利用人次较上年增长率", "≥10%"),
            (None, "可持续影响指标", "档案库房安全事故", "0起"),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
        ],
    )
    note(s, "注：金额合计为项目支出，基本支出不列入年度主要任务。")
    return b
