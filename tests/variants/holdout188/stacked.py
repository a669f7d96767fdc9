"""Stacked projects and one-year returns with footnotes and signature lines."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout188.common import YEAR, indicators, one_year_money, project, w
from tests.variants.holdout188.registry import variant
from tests.variants.kit import Book, day, mk

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("op15-two-audits-stacked", (2,), "two projects stacked, OLD-NAT, one name in both")
def op15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 18))
    project_head(
        s,
        year=YEAR,
        name="政府投资项目竣工决算审计",
        dept="石岭县审计局（236）",
        unit="石岭县审计局投资审计股",
        money=one_year_money(w(40), w(40), w(0)),
        goals=["完成县本级政府投资项目竣工决算审计，核减不实投资。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "审计政府投资项目数", "≥10项"),
            (None, "质量指标", "审计发现问题整改超期率", "≤5%"),
            (None, "时效指标", "审计报告出具时间", f"{YEAR}年12月20日前"),
            (None, "成本指标", "单个项目审计费用", "≤3.5万元/项"),
            ("效益指标", "经济效益指标", "审减投资金额", "≥600万元"),
            ("满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="党政主要领导干部经济责任审计",
        dept="石岭县审计局（236）",
        unit="石岭县审计局经济责任审计股",
        money=one_year_money(w(25), w(22), w(3)),
        goals=["完成年度经济责任审计计划，推动审计结果运用。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "经济责任审计对象人数", "≥8人"),
            (None, "质量指标", "审计报告复核通过率", "≥95%"),
            (None, "时效指标", "审计结果报送及时率", "=100%"),
            (None, "成本指标", "每名审计对象外聘人员费用", "≤2.8万元/人"),
            ("效益指标", "社会效益指标", "审计建议采纳率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥90%"),
        ],
    )
    return b


@variant("op16-surveys-stacked-defects", (2, 11), "two projects stacked, operator column, defects")
def op16() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 30, 12, 14, 14))
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    project_head(
        s,
        year=YEAR,
        name="主要农作物产量抽样调查",
        dept="芦湾区统计局（307）",
        unit="芦湾区农业统计调查队",
        money=one_year_money(w(32), w(30), w(2)),
        goals=["完成夏粮、秋粮产量抽样调查，按时报送调查结果。"],
    )
    indicators(
        s,
        header,
        [
            ("产出指标", "数量指标", "实割实测样本地块数", "≥", 120, "块"),
            (None, None, "产量调查分析报告篇数", "≥", 2, "篇"),
            (None, "质量指标", "样本地块调查完成率", "=", 100, "%"),
            (None, "时效指标", "产量调查结果报送时限", "≤", 10, "个工作日"),
            ("成本指标", "经济成本指标", "每块样本地块实测费用", "≤", 1500, "元/块"),
            ("效益指标", "社会效益指标", "产量调查数据被农业部门采用率", "≥", 90, "%"),
            ("满意度指标", "服务对象满意度指标", "样本农户满意度", "≥", 90, "%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="经济普查数据开发应用",
        dept="芦湾区统计局（307）",
        unit="芦湾区统计局普查中心",
        money=one_year_money(w(28), w(28), w(0)),
        goals=["开发利用经济普查资料，编印普查资料汇编，开展普查课题研究。"],
    )
    indicators(
        s,
        header,
        [
            ("产出指标", "数量指标", "普查资料汇编印制册数", "≥", 300, "册"),
            (None, None, "普查课题研究报告篇数", "≥", 5, "篇"),
            (None, None, "普查资料开发培训人次", "≥", 80, "人次"),
            (
                None,
                None,
                mk("普查资料开发培训人次", "D101", "warning", row=True, alt=("D103",)),
                "≥",
                80,
                "人次",
            ),
            (None, "质量指标", "普查数据开发差错率", mk("≥", "T108", "warning", row=True), 1, "%"),
            (None, "时效指标", "资料汇编出版时间", "≤", f"{YEAR}年9月30日", None),
            ("成本指标", "经济成本指标", "资料汇编每册印制费用", "≤", 120, "元/册"),
            ("效益指标", "社会效益指标", "普查资料使用部门数", "≥", 15, "个"),
            ("满意度指标", "服务对象满意度指标", "资料使用部门满意度", "≥", 90, "%"),
        ],
    )
    return b


@variant("op17-station-footnotes", (4,), "project, OLD-NAT, unit and direction columns, footnotes")
def op17() -> Book:
    return project(
        name="乡镇自动气象站运行维护",
        dept="柏林县气象局（514）",
        unit="柏林县气象台",
        money_rows=one_year_money(w(30), w(30), w(0)),
        goals=["保障全县乡镇自动气象站稳定运行，观测数据按时到报。"],
        header=("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"),
        rows=[
            ("产出指标", "数量指标", "维护乡镇自动气象站数", "≥36", "个", "正向"),
            (None, None, "巡检维护站次", "≥144", "站次", "正向"),
            (None, "质量指标", "观测数据到报率", "≥99", "%", "正向"),
            (None, None, "设备故障率", "≤2", "%", "反向"),
            (None, "时效指标", "故障修复时长", "≤24", "小时", "反向"),
            (None, "成本指标", "单站年度维护费用", "≤0.8", "万元/站", "反向"),
            ("效益指标", "社会效益指标", "气象资料服务用户数", "≥25", "个", "正向"),
            (None, "可持续影响指标", "站网运行稳定率", "≥98", "%", "正向"),
            ("满意度指标", "服务对象满意度指标", "用户满意度", "≥90", "%", "正向"),
        ],
        after=[
            ("注：1.指标值为年度目标值；2.计量单位与指标值分列填写；3.指标性质填正向或反向。",),
            ("填报人：韩晓岚", None, "联系电话：0578-6123456", None, "单位负责人：周启明"),
            ("填报日期：", day(YEAR - 1, 11, 18)),
        ],
    )


@variant("op18-rescue-year-rate", (1, 8), "project, NAT-2021, a 2026 deadline and a rate as count")
def op18() -> Book:
    return project(
        name="重点档案抢救保护",
        dept="岚山市档案馆（109）",
        unit="岚山市档案馆技术保护部",
        money_rows=one_year_money(w(48), w(45), w(3)),
        goals=["对馆藏民国时期重点档案开展去酸、修裱和数字化抢救保护。"],
        header=H4,
        rows=[
            ("产出指标", "数量指标", "抢救保护重点档案卷数", "≥3000卷"),
            (None, "质量指标", "档案抢救修复完成率", mk("3000卷", "T105", "error")),
            (None, None, "修复档案验收合格率", "≥98%"),
            (
                None,
                "时效指标",
                "抢救修复完成时间",
                mk(f"{YEAR - 1}年12月31日前", "Y102", "error", alt=("Y101", "Y103")),
            ),
            ("成本指标", "经济成本指标", "每卷档案抢救保护费用", "≤150元/卷"),
            ("效益指标", "社会效益指标", "抢救档案开放利用件数", "≥800件"),
            (None, "可持续影响指标", "重点档案安全保存年限", "≥50年"),
            ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%"),
        ],
    )
