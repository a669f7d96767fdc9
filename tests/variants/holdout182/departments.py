"""部门整体 tables of a county 农业技术推广中心 and a city 农业农村局 (oj14, oj15)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout182.common import footer, indicators, wan
from tests.variants.holdout182.registry import variant
from tests.variants.kit import Book, day, mk


@variant("oj14-extension-centre-department", (12,), "county 部门整体 table of a 农业技术推广中心, "
         "NAT-2021, one value column, key tasks adding to 项目支出")  # fmt: skip
def oj14() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2025, dept="石埠县农业技术推广中心",
        budget=[(wan(860), wan(820), wan(40), wan(510), wan(350))],
        tasks=[
            ("基层农技推广体系建设", "培育科技示范主体，开展农技人员知识更新培训", wan(180),
             "主推技术到位率稳定提高"),
            ("农作物病虫害监测预警", "运行系统监测点，发布病虫情报", wan(95),
             "病虫害预报准确及时"),
            ("化肥减量增效技术示范", "建设测土配方施肥和绿色防控示范片", wan(75),
             "化肥利用率稳步提高"),
            ("金额合计", None, wan(350), None),
        ],
        goal="目标1：健全基层农技推广服务体系，推动主推技术进村入户；目标2：做好农作物病虫害监测"
             "预警，减轻病虫危害损失；目标3：推进化肥农药减量增效。",
        filled=day(2024, 11, 22),
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "农技人员知识更新培训", "≥260人次"),
        (None, None, "培育科技示范主体", "≥320个"),
        (None, None, "运行病虫害系统监测点", "≥18个"),
        (None, "质量指标", "病虫害预报准确率", "≥90%"),
        (None, "时效指标", "病虫情报发布及时率", "≥95%"),
        ("成本指标", "经济成本指标", "科技示范主体物化补助标准", "≤2000元/个"),
        ("效益指标", "经济效益指标", "示范主体亩均增收", "≥80元"),
        (None, "社会效益指标", "主推技术到位率", "≥95%"),
        (None, "生态效益指标", "病虫害绿色防控覆盖率", "≥50%"),
        (None, "可持续影响指标", "基层农技推广服务体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务农户满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "单位负责人：欧阳建国　　填报人：罗婷　　联系电话：0395-3318862")
    return b


@variant("oj15-bureau-department-two-columns", (12,), "city 部门整体 table of a 农业农村局, "
         "NAT-2021, 实施周期 and 年度 value columns: 基本支出 + 项目支出 miss 资金总额, a vague "
         "value")  # fmt: skip
def oj15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="云溪市农业农村局",
        budget=[(mk(wan(12600), "B101", "error", note="3800 + 8700 = 12500 ≠ 12600"), wan(12100),
                 wan(500), wan(3800), wan(8700))],
        tasks=[
            ("高标准农田建设", "新建高标准农田并配套灌排设施", wan(5200), "新增粮食产能"),
            ("动物疫病防控", "强制免疫、监测和应急处置", wan(1300), "不发生区域性重大动物疫情"),
            ("农产品质量安全监管", "例行监测、监督抽检和追溯管理", wan(900),
             "不发生重大农产品质量安全事件"),
            ("种业振兴", "良种繁育基地建设和新品种示范", wan(1300), "良种覆盖率稳步提高"),
            ("金额合计", None, wan(8700), None),
        ],
        goal="目标1：稳定粮食生产，建设高标准农田；目标2：守住不发生区域性重大动物疫情和重大"
             "农产品质量安全事件的底线；目标3：推进种业振兴和农业绿色发展。",
        title="云溪市2025年度部门整体支出绩效目标表",
    )  # fmt: skip
    vague = "根据工作需要开展"
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥3.4万亩", "≥3.4万亩"),
        (None, None, "农产品质量安全定量监测", "≥2400批次", "≥2400批次"),
        (None, "质量指标", "高标准农田工程验收合格率", "≥98%", "≥98%"),
        (None, None, "免疫抗体合格率", "≥70%", "≥70%"),
        (None, "时效指标", "重点项目年度任务完成时间", "2025年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "高标准农田亩均财政投入", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "农村居民人均可支配收入增幅", "≥6%", "≥6%"),
        (None, "社会效益指标", "区域性重大动物疫情", "=0起", "=0起"),
        (None, None, "全年组织开展农业综合执法检查", vague,
         mk(vague, "T102", "warning", row=True, note="a vague description, not a target")),
        (None, "生态效益指标", "畜禽粪污综合利用率", "≥80%", "≥80%"),
        (None, "可持续影响指标", "农业防灾减灾体系", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "农业经营主体满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
