"""One-year project returns: 经济普查, 农业统计调查, 统计执法检查, 审计 and 档案数字化."""

from __future__ import annotations

from tests.variants.holdout188.common import YEAR, one_year_money, project, w
from tests.variants.holdout188.registry import variant
from tests.variants.kit import Book, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("op01-census-one-year", (1,), "project, NAT-2021, one value column, per-户 standard")
def op01() -> Book:
    return project(
        name="青川县经济普查单位清查与普查登记",
        dept="青川县统计局（412）",
        unit="青川县经济普查领导小组办公室",
        money_rows=one_year_money(w(86), w(80), w(6)),
        goals=["完成全县法人单位和个体经营户普查登记，建立基本单位名录库，按期报送普查数据。"],
        header=H4,
        rows=[
            ("成本指标", "经济成本指标", "普查对象入户登记补助标准", "≤30元/户"),
            ("产出指标", "数量指标", "普查登记法人单位和个体经营户数", "≥12000户"),
            (None, None, "普查员和普查指导员培训人次", "≥450人次"),
            (None, "质量指标", "普查数据差错率", "≤1%"),
            (None, None, "单位清查覆盖率", "≥98%"),
            (None, "时效指标", "普查登记完成时间", f"{YEAR}年6月30日前"),
            ("效益指标", "社会效益指标", "普查成果共享部门数", "≥8个"),
            (None, "可持续影响指标", "基本单位名录库更新率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "普查对象满意度", "≥90%"),
        ],
    )


@variant("op02-farm-survey-money", (1, 12), "project, value and unit columns, money wrong")
def op02() -> Book:
    return project(
        name="农业统计抽样调查",
        dept="柘塘区统计局（305）",
        unit="柘塘区农村社会经济调查队",
        money_rows=one_year_money(mk(w(45), "B101", "error", note="40 + 8 = 48 ≠ 45"), w(40), w(8)),
        goals=["完成主要农作物播种面积和产量抽样调查，按时报送调查数据。"],
        header=("一级指标", "二级指标", "三级指标", "指标值", "计量单位"),
        rows=[
            ("产出指标", "数量指标", "抽样调查样本户数", "≥320", "户"),
            (None, None, "实割实测样本地块数", "≥160", "块"),
            (None, None, "调查分析报告篇数", "≥4", "篇"),
            (None, "质量指标", "样本户漏报率", mk("≥2", "T108", "warning", row=True), "%"),
            (None, "时效指标", "调查数据报送及时率", "≥98", "%"),
            ("成本指标", "经济成本指标", "样本户调查补助标准", "≤200", "元/户"),
            ("效益指标", "社会效益指标", "调查分析被区政府采用率", "≥50", "%"),
            ("满意度指标", "服务对象满意度指标", "样本户满意度", "≥90", "%"),
        ],
    )


@variant("op03-enforcement-operator-column", (1,), "project, OLD-NAT, operator and unit columns")
def op03() -> Book:
    return project(
        name="统计执法检查",
        dept="临澜县统计局（418）",
        unit="临澜县统计执法监督室",
        money_rows=one_year_money(w(20), w(20), w(0)),
        goals=["开展统计执法“双随机”检查，查处统计违法行为，提高源头数据质量。"],
        header=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        rows=[
            ("产出指标", "数量指标", "统计执法检查单位数", "≥", 60, "家"),
            (None, None, "检查覆盖乡镇数", "≥", 12, "个"),
            (None, "质量指标", "执法案卷评查合格率", "≥", pct(0.95), "%"),
            (None, "时效指标", "检查结果公示时限", "≤", 15, "个工作日"),
            (None, "成本指标", "每家单位检查成本", "≤", 0.25, "万元/家"),
            ("效益指标", "社会效益指标", "统计法律法规宣传覆盖企业数", "≥", 200, "家"),
            (None, None, "执法人员违纪事件", "=", 0, "起"),
            (None, "可持续影响指标", "统计数据质量长效监管机制", "定性", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "被检查单位满意度", "≥", pct(0.9), "%"),
        ],
    )


@variant("op04-investment-audit", (1, 11), "project, NAT-2021, rate and direction")
def op04() -> Book:
    return project(
        name="政府投资项目审计",
        dept="桐溪市审计局（233）",
        unit="桐溪市审计局固定资产投资审计科",
        money_rows=one_year_money(w(150), w(120), w(30)),
        goals=["对市本级政府投资项目开展竣工决算审计，核减不实投资，督促问题整改。"],
        header=H4,
        rows=[
            ("产出指标", "数量指标", "政府投资项目审计数量", "≥12项"),
            (None, "质量指标", "审计覆盖率", mk("12个", "T105", "error")),
            (None, None, "审计报告复核合格率", "≥95%"),
            (None, "时效指标", "单个项目审计报告出具时限", "≤60天"),
            ("成本指标", "经济成本指标", "单个项目审计委托费用", "≤8万元/项"),
            ("效益指标", "经济效益指标", "审减投资金额", "≥800万元"),
            (
                None,
                "社会效益指标",
                "审计发现问题整改超期率",
                mk("≥5%", "T108", "warning", row=True),
            ),
            ("满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥85%"),
        ],
    )


@variant("op05-responsibility-audit-weights", (1, 10), "project, OLD-NAT, weight column")
def op05() -> Book:
    return project(
        name="领导干部经济责任审计",
        dept="石岭县审计局（236）",
        unit="石岭县审计局经济责任审计股",
        money_rows=one_year_money(w(60), w(60), w(0)),
        goals=["完成年度经济责任审计计划，推动审计发现问题按期整改。"],
        header=("一级指标", "二级指标", "三级指标", "指标值", "权重"),
        rows=[
            ("产出指标", "数量指标", "经济责任审计项目数", "≥18个", 15),
            (None, None, "审计对象领导干部人数", "≥18人", 10),
            (None, "质量指标", "审计报告质量检查合格率", "≥95%", 10),
            (None, None, "审计发现问题整改超期率", "≤5%", 10),
            (None, "时效指标", "年度审计计划完成时间", f"{YEAR}年11月30日前", 10),
            (None, "成本指标", "每项审计外聘专家费用", "≤2.5万元/项", 10),
            ("效益指标", "社会效益指标", "审计结果运用率", "≥90%", 15),
            (None, "可持续影响指标", "审计整改长效机制", "健全", 10),
            ("满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥90%", 10),
        ],
        after=[("合计", None, None, None, 100)],
    )


@variant("op06-digitisation-standard", (1, 12), "project, NAT-2021, per-页 standard above money")
def op06() -> Book:
    return project(
        name="馆藏档案数字化加工",
        dept="云溪县档案馆（107）",
        unit="云溪县档案馆",
        money_rows=one_year_money(w(60), w(60), w(0)),
        goals=["对馆藏重点全宗档案进行数字化扫描和著录，建设数字档案资源库。"],
        header=H4,
        rows=[
            ("产出指标", "数量指标", "档案数字化扫描页数", "≥200万页"),
            (None, None, "档案目录著录条数", "≥8万条"),
            (None, "质量指标", "数字化成果质检合格率", "≥98%"),
            (None, "时效指标", "数字化加工完成时间", f"{YEAR}年11月30日前"),
            (
                "成本指标",
                "经济成本指标",
                "档案数字化扫描单价",
                mk(
                    "≤0.45元/页",
                    "B107",
                    "warning",
                    row=True,
                    note="0.45元/页 × 200万页 = 90万元 > 60万元",
                ),
            ),
            (
                "效益指标",
                "社会效益指标",
                "数字化档案利用效果",
                mk("进一步发挥档案作用", "T102", "warning"),
            ),
            (None, "可持续影响指标", "数字档案资源库数据安全事故", "=0起"),
            ("满意度指标", "服务对象满意度指标", "查档利用者满意度", "≥90%"),
        ],
    )
