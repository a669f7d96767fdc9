"""Project returns of unions, youth leagues and women's federations: money blocks with 测算依据
and a 合计, one-year and multi-year heads with 中期 and 年度 columns, money in 元, 填表说明 and
signature lines (rn13–rn18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout264.common import (
    ONE,
    book,
    details,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout264.registry import variant
from tests.variants.kit import YUAN, Book, C, day, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("rn13-hardship-relief-basis", (4, 12), "one-year project, NAT-2021, a 测算依据 money "
         "block whose lines add up, three standards × counts equal to their lines, a 备注 column, "
         "footnote and signature (correct)")  # fmt: skip
def rn13() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="困难职工解困脱困专项资金项目", dept="澄阳县总工会（306）",
        unit="澄阳县困难职工帮扶中心",
        money=one_year_money(wan(186.00), wan(156.00), wan(30.00)),
        goals=["2026年对300户困难职工家庭实施生活救助，资助困难职工子女180人，医疗救助120人次，"
               "受助职工家庭返困率控制在3%以内。"],
    )  # fmt: skip
    details(s, [
        ("生活救助", "300户×3000元/户", wan(90.00)),
        ("金秋助学", "180人×3000元/人", wan(54.00)),
        ("医疗救助", "120人次×2500元/人次", wan(30.00)),
        ("帮扶工作经费", "入户核查、建档，按上年实际测算", wan(12.00)),
    ], wan(186.00))  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "生活救助困难职工户数", "≥300户", "在档困难职工"),
        (None, None, "金秋助学资助人数", "≥180人", None),
        (None, None, "医疗救助人次", "≥120人次", None),
        (None, "质量指标", "救助对象认定准确率", "≥98%", "抽查复核"),
        (None, "时效指标", "金秋助学金发放时间", "2026年9月30日前", None),
        ("成本指标", "经济成本指标", "生活救助标准", "≤3000元/户", None),
        (None, None, "金秋助学资助标准", "≤3000元/人", None),
        (None, None, "医疗救助标准", "≤2500元/人次", "按自付费用分档"),
        ("效益指标", "社会效益指标", "受助职工家庭返困率", "≤3%", "反向指标"),
        (None, "可持续影响指标", "困难职工帮扶档案动态更新", "及时", None),
        ("满意度指标", "服务对象满意度指标", "受助职工满意度", "≥90%", None),
    ])  # fmt: skip
    note(s, "注：救助标准按《澄阳县困难职工帮扶管理办法》执行，测算依据见上表。")
    sign(s, "填报人：韩雪松", "审核人：郑婉清", "联系电话：0739-5263817")
    return b


@variant("rn14-league-two-years-over", (8, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "money and value columns: the 年度资金总额 above the 中期 one, an annual count above its "
         "period count")  # fmt: skip
def rn14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="青少年心理健康护航行动", dept="共青团枫岭市委员会（118）",
        unit="枫岭市12355青少年服务台", attr="新增项目",
        money=period_money(
            (wan(280.00), wan(260.00), wan(20.00)),
            (mk(wan(320.00), "B103", "error", row=True, note="年度 320 > 中期 280"),
             wan(300.00), wan(20.00)),
        ),
        goals=["2026—2027年为全市中小学生开展心理健康筛查8000人，建成校园心理服务站20个，"
               "高危个案干预率达到100%。",
               "2026年开展心理健康筛查4000人，建成校园心理服务站10个，培训心理辅导志愿者200人。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "青少年心理健康筛查人数",
         "≥8000人", mk("≥9000人", "D201", "error", note="annual 9000 > period 8000")),
        (None, None, "校园心理服务站建成数量", "≥20个", "≥10个"),
        (None, None, "心理辅导志愿者培训人数", "≥400人", "≥200人"),
        (None, "质量指标", "高危个案干预率", "=100%", "=100%"),
        (None, "时效指标", "高危个案响应时间", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "单个心理服务站建设成本", "≤6万元/个", "≤6万元/个"),
        ("效益指标", "社会效益指标", "筛查学生心理问题早期识别率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "校园心理服务长效机制", "建立并执行", "逐步建立"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    sign(s, "填报人：霍清川", "审核人：石韵", "联系电话：0745-8206513")
    return b


@variant("rn15-womens-rights-three-years", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: counts lower in the year, rates and unit costs equal, 中期 money above 年度, "
         "a note on cumulative values (correct)")  # fmt: skip
def rn15() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, years=3, name="妇女儿童维权服务站点建设项目", dept="桐川市妇女联合会（207）",
        unit="桐川市妇女儿童维权服务中心", attr="新增项目",
        money=period_money((wan(360.00), wan(330.00), wan(30.00)),
                           (wan(120.00), wan(110.00), wan(10.00))),
        goals=["2026—2028年在全市乡镇（街道）和重点村（社区）建成妇女儿童维权服务站点60个，培训"
               "维权志愿者1500人次，形成覆盖城乡的维权服务网络。",
               "2026年建成维权服务站点20个，培训维权志愿者500人次，维权诉求办结率不低于95%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "维权服务站点建设数量", "≥60个", "≥20个"),
        (None, None, "维权志愿者培训人次", "≥1500人次", "≥500人次"),
        (None, "质量指标", "站点建设验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "站点建设完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "站点建设补助标准", "≤5万元/个", "≤5万元/个"),
        ("效益指标", "社会效益指标", "妇女儿童维权诉求办结率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "站点运行管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "来访妇女儿童满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计值；比率和补助标准的中期值与年度值一致。")
    sign(s, "填报人：陶知夏", "审核人：卢青禾", "单位负责人：谷雨晴")
    return b


@variant("rn16-union-aid-unit-dates", (1, 12), "one-year project, OLD-NAT, 项目资金（万元）: "
         "其他资金 formatted in 元 inside the 万元 block, a completion date before the start "
         "date")  # fmt: skip
def rn16() -> Book:
    b, s = book("Sheet1")
    other = C(300000, YUAN)
    project_head(
        s, year=2026, name="职工医疗互助帮扶项目", dept="鹤汀县总工会（301）",
        unit="鹤汀县职工服务中心", start=day(2026, 4, 1),
        end=mk(day(2026, 3, 31), "Y104", "error", note="ends the day before it starts"),
        money=one_year_money(wan(50.00), wan(20.00),
                             mk(other, "B105", "error", alt=("B110",),
                                note="300,000.00元 in a 万元 block")),
        goals=["2026年组织全县职工参加医疗互助6000人以上，对住院职工给予互助补助，补助资金在"
               "15个工作日内拨付到位。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="follows from the 元 cell")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "参加医疗互助职工人数", "≥6000人"),
        (None, None, "住院职工互助补助人次", "≥400人次"),
        (None, "质量指标", "互助补助审核准确率", "≥98%"),
        (None, "时效指标", "互助补助拨付时限", "≤15个工作日"),
        (None, "成本指标", "人均互助补助标准", "≤1000元/人次"),
        ("效益指标", "社会效益指标", "住院职工医疗费用负担减轻", "有效"),
        (None, "可持续影响指标", "职工医疗互助覆盖面", "提高"),
        ("满意度指标", "服务对象满意度指标", "受助职工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "填报人：钱牧之", "审核人：庞一鸣", "联系电话：0738-6209347")
    return b


@variant("rn17-league-summer-yuan", (1, 4, 12), "one-year project in 元 (项目资金（元）, number "
         "format), dates June to September, a 测算依据 block in 元, =0起 and pct(0.95), a 填表说明 "
         "block and a dated signature line (correct)")  # fmt: skip
def rn17() -> Book:
    b, s = book("项目支出绩效目标")
    project_head(
        s, year=2026, name="青少年暑期托管服务项目", dept="共青团澄阳县委员会（118）",
        unit="澄阳县青少年宫", start=day(2026, 6, 1), end=day(2026, 9, 30),
        money_label="项目资金（元）",
        money=one_year_money(yuan(684000), yuan(684000), yuan(0)),
        goals=["2026年暑期在全县设置20个托管点，服务中小学生3000人，招募志愿辅导员200人，全年"
               "不发生安全责任事故。"],
    )  # fmt: skip
    details(s, [
        ("托管点场地与运行", "20个点×12000元/点", yuan(240000)),
        ("志愿辅导员补贴", "200人×1500元/人", yuan(300000)),
        ("学生意外伤害保险", "3000人×30元/人", yuan(90000)),
        ("课程物料及安全用品", "按托管点实际配置测算", yuan(54000)),
    ], yuan(684000), unit="元")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "暑期托管点数量", "≥20个"),
        (None, None, "托管服务中小学生人数", "≥3000人"),
        (None, None, "招募志愿辅导员人数", "≥200人"),
        (None, "质量指标", "托管点安全检查达标率", "=100%"),
        (None, "时效指标", "托管服务开班时间", "2026年7月10日前"),
        ("成本指标", "经济成本指标", "志愿辅导员补贴标准", "≤1500元/人"),
        (None, None, "托管点运行补助标准", "≤12000元/点"),
        ("效益指标", "社会效益指标", "安全责任事故发生起数", "=0起"),
        (None, "可持续影响指标", "暑期托管服务机制", "常态化运行"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", pct(0.95)),
    ])  # fmt: skip
    note(s, "填表说明：1.金额单位为元；2.指标值按年度目标填写；3.本表一式两份，报县财政局一份。")
    sign(s, "填报人：沈栖梧", "审核人：孔令川", "单位负责人：晏子舒")
    s.row("填报日期：2025年12月8日")
    return b


@variant("rn18-womens-fed-screening-lines", (4, 9, 12), "one-year project, OLD-NAT, a 测算依据 "
         "block whose lines fall short of its 合计, a placeholder left in a target")  # fmt: skip
def rn18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村妇女两癌检查救助项目", dept="苇塘县妇女联合会（207）",
        unit="苇塘县妇女联合会", money=one_year_money(wan(96.00), wan(96.00), wan(0)),
        goals=["2026年为4000名农村适龄妇女提供宫颈癌和乳腺癌免费检查，对30名患病困难妇女给予"
               "一次性救助，提高农村妇女两癌防治意识。"],
    )  # fmt: skip
    details(s, [
        ("宫颈癌检查", "4000人×60元/人", wan(24.00)),
        ("乳腺癌检查", "4000人×90元/人", wan(36.00)),
        ("患病困难妇女救助", "30人×10000元/人", wan(30.00)),
    ], mk(wan(96.00), "B102", "error", note="24.00 + 36.00 + 30.00 = 90.00"))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "两癌免费检查人数", "≥4000人"),
        (None, None, "患病困难妇女救助人数", "≥30人"),
        (None, None, "两癌防治宣传活动场次",
         mk("≥XX场", "X101", "error", alt=("T116",), note="placeholder left from the template")),
        (None, "质量指标", "检查结果告知率", "≥98%"),
        (None, "时效指标", "救助金发放时限", "≤30个工作日"),
        (None, "成本指标", "患病困难妇女救助标准", "≤10000元/人"),
        ("效益指标", "社会效益指标", "两癌早诊率", "≥70%"),
        (None, "可持续影响指标", "两癌防治知识知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "填报人：祁晚照", "审核人：柳青岩", "联系电话：0732-5518640")
    return b
