"""Returns kcj07–kcj12: 棠溪野生动物救护中心 and the rescue stations under it."""

from __future__ import annotations

from tests.variants.holdout754.common import (
    HEAD_OP,
    HEAD_PERIOD,
    RESCUE,
    book,
    department,
    indicators,
    note,
    one_year_money,
    period_money,
    project,
    sign,
    wan,
)
from tests.variants.holdout754.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kcj07-rescue-numbered", (5, 11, 12),
         "project, NAT-2021, numbered tier labels (一、（一）), operator and unit columns, a death "
         "rate with ≤, 0起 on outbreaks, unit cost within its money (correct)")  # fmt: skip
def kcj07() -> Book:
    b, s = book()
    project(s, name="野生动物收容救护与放归", unit=RESCUE, money=one_year_money(85, 75, 10),
            goals=["全年收容救护野生动物不少于400只（其中国家重点保护野生动物不少于80只），"
                   "救护动物放归率不低于60%，不发生救护场所疫病传播。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("一、产出指标", "（一）数量指标", "收容救护野生动物数量", "≥", 400, "只"),
        (None, None, "国家重点保护野生动物救护数量", "≥", 80, "只"),
        (None, "（二）质量指标", "救护动物死亡率", "≤", pct(0.15), "%"),
        (None, "（三）时效指标", "接报后到场时限", "≤", 2, "小时"),
        ("二、成本指标", "（一）经济成本指标", "单只救护饲养成本", "≤", 0.15, "万元/只"),
        ("三、效益指标", "（一）生态效益指标", "救护动物放归率", "≥", pct(0.6), "%"),
        (None, None, "救护场所疫病传播发生次数", "=", 0, "起"),
        (None, "（二）社会效益指标", "救护科普受众人次", "≥", 5000, "人次"),
        ("四、满意度指标", "（一）服务对象满意度指标", "报警群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：单只救护饲养成本按400只测算，计60万元，其余为车辆与药品费用。")
    return b


@variant("kcj08-rescue-cost-over", (5, 11, 12),
         "project, OLD-NAT, tier labels marked (*, ★) and abbreviated: unit cost × count above "
         "the money, a rescue count twice with two values, a quality rate under 时效")  # fmt: skip
def kcj08() -> Book:
    b, s = book()
    project(s, name="鸟类救护站运行经费", unit="棠溪野生动物救护中心鹭洲救护站",
            money=one_year_money(70, 60, 10),
            goals=["收容救护受伤及迁徙受困鸟类500只，救治成功率不低于75%。"])  # fmt: skip
    indicators(s, ("*一级指标", "*二级指标", "三级指标", "指标值"), [
        ("*产出指标", "★数量指标", "救护野生鸟类数量", "≥500只"),
        (None, None, mk("救护野生鸟类数", "D102", "error", row=True, alt=("D103", "D101"),
                        note="与救护野生鸟类数量是同一指标，值为450只与500只"), "≥450只"),
        (None, "★质量", "救护记录完整率", "≥95%"),
        (None, "时效", "救治成功率",
         mk("≥75%", "F201", "warning", row=True, note="成功率属质量，填在时效下")),
        (None, None, "接报后到场时限", "≤2小时"),
        (None, "成本", "单只鸟类救护饲养成本",
         mk("≤0.2万元/只", "B107", "warning", row=True,
            note="0.2 × 500 = 100万元，超过年度资金70万元")),
        ("*效益指标", "生态效益", "救护鸟类放归率", "≥60%"),
        ("*满意度指标", "★服务对象满意度", "报警群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcj09-rescue-two-years", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: the period's rescue count below the "
         "goal, a training count copied, a release count above its period")  # fmt: skip
def kcj09() -> Book:
    b, s = book()
    project(s, name="救护中心隔离检疫区建设及运行", unit=RESCUE, years=2, attr="新增项目",
            money=period_money((wan(260), wan(230), wan(30)), (wan(140), wan(120), wan(20))),
            goals=["两年收容救护野生动物1200只，新建隔离检疫用房1处，培训救护志愿者200人次。",
                   "2025年收容救护野生动物600只，完成隔离检疫用房主体工程。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "收容救护野生动物数量",
         mk("≥1000只", "D104", "warning", row=True, note="中期目标写两年1200只"), "≥600只"),
        (None, None, "救护志愿者培训人次", "≥200人次",
         mk("≥200人次", "D202", "warning", note="两年期累计数照抄到年度")),
        (None, None, "野外放归数量", "≥300只",
         mk("≥360只", "D201", "error", note="年度360只超过两年合计300只")),
        (None, "质量指标", "隔离检疫合格率", "≥98%", "≥98%"),
        (None, "时效指标", "主体工程完工时间", "2026年6月30日前", "2025年12月31日前"),
        (None, "成本指标", "单只救护费用", "≤0.1万元/只", "≤0.1万元/只"),
        ("效益指标", "生态效益指标", "救护动物放归率", "≥60%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "救护志愿者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcj10-rescue-points", (5, 10),
         "project, NAT-2021, tier-1 labels with points and an indicator score column, a rate "
         "raised in 百分点; 100 both ways (correct)")  # fmt: skip
def kcj10() -> Book:
    b, s = book()
    project(s, name="野生动物疫源疫病监测", unit=RESCUE, money=one_year_money(56, 56, 0),
            goals=["运行监测站点14个，全年采样不少于1200份，"
                   "异常情况报告及时率达到100%，监测覆盖率比上年提高3个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "运行监测站点数量", "14个", 15),
        (None, None, "疫源疫病样品采集数量", "≥1200份", 10),
        (None, "质量指标", "样品检测合格率", "≥95%", 15),
        (None, "时效指标", "异常情况报告及时率", "=100%", 10),
        ("成本指标（10分）", "经济成本指标", "单份样品检测费用", "≤0.03万元/份", 10),
        ("效益指标（30分）", "生态效益指标", "监测覆盖率提高", "≥3百分点", 20),
        (None, "可持续影响指标", "监测数据接入省级平台", "持续接入", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "基层站点满意度", "≥90%", 10),
        ("合计（100分）", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kcj11-rescue-department", (4, 12),
         "department, NAT-2021: budget and key tasks that add up, a footnote explaining the "
         "total, the header repeated after a page break, signature lines (correct)")  # fmt: skip
def kcj11() -> Book:
    b, s = book()
    department(s, dept=RESCUE, budget=[(wan(1360), wan(1240), wan(120), wan(610), wan(750))],
               tasks=[("收容救护", "伤病野生动物救治与饲养", wan(380), "救护≥900只"),
                      ("疫源疫病监测", "站点运行与采样", wan(220), "采样≥1200份"),
                      ("科普宣教", "爱鸟周与保护宣传月", wan(150), "受众≥2万人次"),
                      ("金额合计", None, wan(750), None)],
               goal="全年救护野生动物不少于900只，采样1200份，"
                    "开展宣教活动受众2万人次。")  # fmt: skip
    note(s, "注：金额合计为项目支出750万元，不含基本支出610万元。")
    header = ("一级指标", "二级指标", "三级指标", "年度指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "救护野生动物数量", "≥900只"),
        (None, None, "疫源疫病样品采集数量", "≥1200份"),
        (None, "质量指标", "救护动物死亡率", "≤15%"),
    ])  # fmt: skip
    s.skip()
    indicators(s, header, [
        (None, "时效指标", "救护接报响应时间", "≤2小时"),
        ("成本指标", "经济成本指标", "单只救护饲养成本", "≤0.4万元/只"),
        ("效益指标", "社会效益指标", "宣教活动受众人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蔺秋禾", "8830 2216", day(2024, 11, 26))
    return b


@variant("kcj12-rescue-leftover", (6,),
         "project, OLD-NAT, header 指标内容 / 绩效标准: last season's year in the goal, a template "
         "example row left in, an empty tier-2 from the template")  # fmt: skip
def kcj12() -> Book:
    b, s = book()
    project(s, name="两栖爬行动物救护繁育", unit="棠溪野生动物救护中心繁育基地",
            money=one_year_money(38, 38, 0),
            goals=[mk("按2023年度实施方案，救护繁育两栖爬行动物300只，野外放归不少于120只。",
                      "Y103", "warning", note="上一季方案的年份，预算年度为2025")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "救护繁育两栖爬行动物数量", "≥300只"),
        (None, None, "（示例）XX动物救护数量",
         mk("≥XX只", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "繁育个体存活率", "≥85%"),
        (None, "时效指标", "放归完成时间", "2025年10月31日前"),
        (None, "成本指标", "单只救护繁育成本", "≤0.1万元/只"),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True,
                        note="模板留下的二级指标，无指标无值"), None, None),
        (None, "生态效益指标", "野外放归数量", "≥120只"),
        ("满意度指标", "服务对象满意度指标", "合作保护区满意度", "≥90%"),
    ])  # fmt: skip
    return b
