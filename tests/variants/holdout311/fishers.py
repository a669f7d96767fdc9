"""Returns on retired fishers' resettlement and social security (退捕渔民安置保障): ti01–ti06."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout311.common import YEAR, funds, indicators, project, start
from tests.variants.holdout311.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ti01-pension-subsidy", (1, 12),
         "project, NAT-2021, operator column (指标性质) and unit column, typed percent cells, "
         "万元 in the number format, 0起 on an incident count (correct)")  # fmt: skip
def ti01() -> Book:
    b, s = start()
    project(s, "退捕渔民养老保险缴费补贴", "澄渚县农业农村局（208）", "澄渚县渔业发展服务中心",
            funds(318.6, 298.6, 20),
            ["按每人每年1600元标准，为1742名退捕渔民补贴城乡居民基本养老保险个人缴费，"
             "做到应保尽保。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "享受缴费补贴的退捕渔民人数", "≥", 1742, "人"),
        (None, None, "补贴资金发放批次", "=", 4, "次"),
        (None, "质量指标", "补贴对象身份核验准确率", "=", pct(1), "%"),
        (None, None, "缴费补贴到账率", "≥", pct(0.98), "%"),
        (None, "时效指标", "补贴资金拨付时限", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "人均年度缴费补贴标准", "≤", 1600, "元/人·年"),
        ("效益指标", "社会效益指标", "退捕渔民基本养老保险参保率", "=", pct(1), "%"),
        (None, None, "违规冒领补贴事件", "≤", 0, "起"),
        (None, "可持续影响指标", "补贴政策持续实施年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "退捕渔民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ti02-job-transfer-defects", (11,),
         "project, OLD-NAT, one value column: a 就业率 given as a count, a 反向 rate with ≥, "
         "a satisfaction above 100 %")  # fmt: skip
def ti02() -> Book:
    b, s = start()
    project(s, "退捕渔民转产就业帮扶", "芦湄市人力资源和社会保障局（315）", "芦湄市就业服务中心",
            funds(85, 70, 15),
            ["组织退捕渔民职业技能培训600人次，开发公益性岗位120个，帮助有就业意愿的退捕渔民"
             "转产就业。"])  # fmt: skip
    rate = mk("≥1500人", "T105", "error",
              note="a 就业率 needs a percentage; 1500人 is a head count")  # fmt: skip
    back = mk("≥2%", "T108", "warning", row=True,
              note="返捕复捕率 is 反向: a cap (≤), not a floor")  # fmt: skip
    over = mk("≥105%", "T106", "error", alt=("T114",),
              note="a satisfaction cannot exceed 100 %")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "职业技能培训人次", "≥600人次"),
        (None, None, "开发公益性岗位数", "≥120个"),
        (None, "质量指标", "有就业意愿退捕渔民就业率", rate),
        (None, None, "培训合格证书取得率", "≥85%"),
        (None, "时效指标", "培训补贴发放及时率", "≥95%"),
        (None, "成本指标", "职业技能培训补贴标准", "≤800元/人次"),
        ("效益指标", "社会效益指标", "零就业退捕渔民家庭动态清零率", "=100%"),
        (None, None, "转产渔民返捕复捕率", back),
        (None, "可持续影响指标", "就业帮扶台账更新次数", "≥4次"),
        ("满意度指标", "服务对象满意度指标", "参训渔民满意度", over),
    ])  # fmt: skip
    return b


@variant("ti03-stacked-living-loans", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, 退捕渔民满意度 in both "
         "with different values (correct)")  # fmt: skip
def ti03() -> Book:
    b, s = start()
    project(
        s,
        "禁捕退捕渔民过渡期生活补助",
        "汊口区农业农村局（117）",
        "汊口区农业农村局",
        funds(96, 90, 6),
        ["按每人每月200元标准向400名退捕渔民发放过渡期生活补助。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "领取过渡期生活补助人数", "≥400人"),
        (None, "质量指标", "补助对象精准识别率", "=100%"),
        (None, "时效指标", "补助按月发放及时率", "≥98%"),
        (None, "成本指标", "每人每月生活补助标准", "≤200元/人·月"),
        ("效益指标", "社会效益指标", "过渡期退捕渔民基本生活保障率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "退捕渔民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "退捕渔民创业担保贷款贴息", "汊口区农业农村局（117）", "汊口区农业农村局",
            funds(36, 32, 4), ["为60户退捕渔民创业担保贷款贴息，户均贴息不超过6000元。"],
            title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "贴息贷款退捕渔民户数", "≥60户"),
        (None, "质量指标", "贴息资金审核准确率", "=100%"),
        (None, "时效指标", "贴息资金季度拨付时限", "≤20个工作日"),
        (None, "成本指标", "户均贴息标准", "≤6000元/户"),
        ("效益指标", "经济效益指标", "创业退捕渔民户均年增收", "≥1.5万元"),
        ("满意度指标", "服务对象满意度指标", "退捕渔民满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("ti04-department-money-defects", (12,),
         "department, NAT-2021: 资金总额 ≠ 财政拨款 + 其他资金 = 基本支出 + 项目支出, "
         "key tasks not adding to their 金额合计")  # fmt: skip
def ti04() -> Book:
    b, s = start()
    total = mk(2430.4, "B101", "error",
               note="2180.4 + 160 = 1260.4 + 1080 = 2340.4, not 2430.4")  # fmt: skip
    tasks_total = mk(1080, "B102", "error", note="620 + 310 + 160 = 1090, not 1080")
    department_head(s, year=YEAR, dept="澄渚县农业农村局",
                    budget=[(total, 2180.4, 160, 1260.4, 1080)],
                    tasks=[("退捕渔民社会保障", "养老保险缴费补贴、过渡期生活补助", 620,
                            "退捕渔民应保尽保"),
                           ("禁捕水域巡护", "护渔员巡护补助、视频监控运维", 310,
                            "禁捕水域巡护全覆盖"),
                           ("渔船网具回收处置", "废旧网具回收及无害化处置", 160,
                            "违规网具清理到位"),
                           ("金额合计", None, tasks_total, None)],
                    goal="保障退捕渔民基本生活和社会保障，巩固长江禁捕成效。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "纳入养老保险补贴的退捕渔民人数", "≥1742人"),
        (None, None, "聘用护渔员人数", "≥80人"),
        (None, None, "回收处置废旧网具", "≥12吨"),
        (None, "质量指标", "退捕渔民社会保障应保尽保率", "=100%"),
        (None, "时效指标", "网具回收处置完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "护渔员人均年度巡护补助", "≤2.4万元/人·年"),
        ("效益指标", "社会效益指标", "非法捕捞案件发生数下降率", "≥10%"),
        (None, "生态效益指标", "禁捕水域监测到的鱼类种数", "≥52种"),
        ("满意度指标", "服务对象满意度指标", "退捕渔民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ti05-flat-department", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100 (correct)")  # fmt: skip
def ti05() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="芦湄市退捕渔民安置保障服务中心",
                    budget=[(980, 940, 40, 520, 460)],
                    goal="跟踪服务全市退捕渔民，落实技能培训和社会保障补贴。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("跟踪服务退捕渔民人数", 15, "人", "≥", 3260),
        ("开展就业技能培训", 10, "人次", "≥", 900),
        ("养老保险补贴到账率", 15, "%", "≥", pct(0.98)),
        ("补助资金拨付时限", 10, "个工作日", "≤", 15),
        ("人均培训费用", 10, "元/人次", "≤", 800),
        ("零就业退捕渔民家庭数下降率", 15, "%", "≥", pct(0.5)),
        ("违规发放补助事件", 10, "起", "≤", 0),
        ("退捕渔民满意度", 15, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    return b


@variant("ti06-multi-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 text copied into 年度目标, "
         "an annual count above its period count")  # fmt: skip
def ti06() -> Book:
    b, s = start()
    goal = "围绕退捕渔民转产就业，开展职业技能培训，建设就业帮扶基地，提升退捕渔民就业能力。"
    copied = mk(goal, "D204", "warning", note="年度目标 is the 中期目标 word for word")
    above = mk("≥8个", "D201", "error", note="8 bases in 2025 out of 6 over 2025—2027")
    project(s, "退捕渔民技能提升三年行动", "蓼泾县农业农村局（402）", "蓼泾县渔民技能培训中心",
            funds(450, 420, 30, (150, 140, 10)), [goal, copied], years=3)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "职业技能培训人次", "≥2700人次", "≥900人次"),
        (None, None, "新建渔民就业帮扶基地", "≥6个", above),
        (None, "质量指标", "培训合格率", "≥90%", "≥90%"),
        (None, "时效指标", "培训补贴发放时限", "≤20个工作日", "≤20个工作日"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1200元/人次", "≤1200元/人次"),
        ("效益指标", "社会效益指标", "参训渔民就业率", "≥80%", "≥75%"),
        (None, "可持续影响指标", "帮扶基地持续运营年限", "≥3年", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "参训渔民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
