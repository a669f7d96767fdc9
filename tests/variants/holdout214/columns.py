"""Project tables with the operator in its own column: 比较符 and 计量单位 columns, 指标性质 as
direction beside 指标方向 as operator, operators in words, a two-year table with direction,
operator and both value columns (pp03, pp05, pp07, pp09, pp16, pp18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout214.common import (
    OPS,
    book,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout214.registry import variant
from tests.variants.kit import Book, day, mk


@variant("pp03-emergency-response-columns", (11,), "one-year project, NAT-2021, operator and "
         "unit columns: 接听达标率 ≥, 平均响应时间 ≤, a cost per 车次 ≤, 覆盖率 = 100 "
         "(correct)")  # fmt: skip
def pp03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 12, 12))
    project_head(
        s, year=2026, name="院前医疗急救体系运行保障项目", dept="青岚市卫生健康委员会（301）",
        unit="青岚市急救中心",
        money=one_year_money(wan(760), wan(700), wan(60)),
        goals=["全年完成院前急救出车18000车次，急救平均响应时间控制在12分钟以内，"
               "急救站点覆盖全部乡镇（街道）。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "院前急救出车车次", "≥", 18000, "车次"),
        (None, None, "新增急救站点数", "≥", 4, "个"),
        (None, "质量指标", "呼救电话及时接听达标率", "≥", 98, "%"),
        (None, None, "院前急救病历书写合格率", "≥", 95, "%"),
        (None, "时效指标", "急救平均响应时间", "≤", 12, "分钟"),
        ("成本指标", "经济成本指标", "单车次院前急救运行成本", "≤", 350, "元/车次"),
        ("效益指标", "社会效益指标", "乡镇（街道）急救站点覆盖率", "=", 100, "%"),
        (None, None, "危急重症患者院前救治有效率", "≥", 90, "%"),
        (None, "可持续影响指标", "急救调度信息系统运行", "定性", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "急救患者及家属满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pp05-exceedance-ge-cost-in-benefit", (5, 11), "one-year project, NAT-2021, 指标性质 "
         "as direction, 指标方向 as operator, bare numbers and a unit column: a 反向 超标率 with "
         "≥, a 运维成本 under 生态效益指标")  # fmt: skip
def pp05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 10, 12))
    project_head(
        s, year=2026, name="重点流域水环境监测能力建设项目", dept="临溪县生态环境分局（503）",
        unit="临溪县环境监测站",
        money=one_year_money(wan(210), wan(180), wan(30)),
        goals=["2026年新建水质自动监测站5个，对辖区18个地表水监测断面开展月度监测，"
               "监测数据有效率达到95%以上。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "新建水质自动监测站", "正向", "≥", 5, "个"),
        (None, None, "月度监测地表水断面数", "正向", "≥", 18, "个"),
        (None, "质量指标", "监测数据有效率", "正向", "≥", 95, "%"),
        (None, "时效指标", "月度监测报告报送时限", "反向", "≤", 5, "个工作日"),
        ("成本指标", "经济成本指标", "单个自动监测站建设成本", "反向", "≤", 30, "万元/个"),
        ("效益指标", "生态效益指标", "地表水监测断面水质超标率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向 declared, ≤5% meant"), 5, "%"),
        (None, None,
         mk("单个自动监测站年度运维成本", "F201", "warning", row=True,
            note="a cost indicator under 生态效益指标, belongs under 经济成本指标"),
         "反向", "≤", 8, "万元/个"),
        (None, "可持续影响指标", "水环境监测预警机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "断面周边群众满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pp07-accidents-ge-equals-floor", (11,), "one-year project, OLD-NAT, 比较符 column "
         "before the value, a unit and a 备注 column: 事故起数 with ≥, a 整改完成率 "
         "with =")  # fmt: skip
def pp07() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 12, 12, 20))
    project_head(
        s, year=2026, name="安全生产隐患排查治理项目", dept="白沙河区应急管理局（116）",
        unit="白沙河区安全生产执法大队",
        money=one_year_money(wan(130), wan(130), wan(0)),
        goals=["2026年对辖区480家工贸企业开展安全生产执法检查，组织安全生产培训30场，督促"
               "企业整改安全隐患，压实企业安全生产主体责任。"],
    )  # fmt: skip
    indicators(s, (*OPS, "备注"), [
        ("产出指标", "数量指标", "执法检查工贸企业数", "≥", 480, "家", "含重点企业全覆盖"),
        (None, None, "安全生产培训场次", "≥", 30, "场", None),
        (None, "质量指标", "重大事故隐患整改完成率",
         mk("=", "T107", "warning", row=True, alt=("T108",),
            note="a completion floor: ≥95% meant"),
         95, "%", "挂牌督办隐患"),
        (None, None, "执法文书规范率", "≥", 95, "%", None),
        (None, "时效指标", "隐患整改复查时限", "≤", 15, "个工作日", "自整改期满之日起"),
        (None, "成本指标", "单家企业执法检查成本", "≤", 1500, "元/家", None),
        ("效益指标", "社会效益指标", "生产安全事故起数",
         mk("≥", "T108", "warning", row=True, note="an accident count is 反向: ≤3起 meant"),
         3, "起", "工贸行业"),
        (None, None, "企业安全生产主体责任落实率", "≥", 90, "%", None),
        (None, "可持续影响指标", "企业安全风险分级管控机制", "定性", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥", 90, "%", None),
    ])  # fmt: skip
    sign(s, "梁振华", "吴海燕", "0596-85116032")
    return b


@variant("pp09-complaint-sign-cost-ge", (11,), "one-year project, NAT-2021, operator and "
         "unit columns: 投诉率 with ≥ in the column and ≤3% in the value, a 随访成本 with "
         "≥")  # fmt: skip
def pp09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 12, 12))
    project_head(
        s, year=2026, name="家庭医生签约服务提质项目", dept="临溪县卫生健康局（306）",
        unit="临溪县基层卫生指导中心",
        money=one_year_money(wan(150), wan(120), wan(30)),
        goals=["2026年为重点人群提供家庭医生签约服务32000人，开展上门随访服务15000人次，"
               "签约居民续约率达到85%以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "重点人群签约服务人数", "≥", 32000, "人"),
        (None, None, "上门随访服务人次", "≥", 15000, "人次"),
        (None, "质量指标", "签约服务履约率", "≥", 90, "%"),
        (None, None, "签约居民投诉率", "≥",
         mk("≤3%", "T116", "warning", row=True, alt=("T108",),
            note="the column says ≥, the value ≤3%: a 投诉率 is 反向, ≤3% meant"), "%"),
        (None, "时效指标", "随访记录上传时限", "≤", 3, "个工作日"),
        ("成本指标", "经济成本指标", "上门随访单次成本",
         mk("≥", "T108", "warning", row=True, note="a cost is 反向: ≤60元/次 meant"),
         60, "元/次"),
        ("效益指标", "社会效益指标", "签约居民续约率", "≥", 85, "%"),
        (None, "可持续影响指标", "家庭医生团队绩效考核机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pp16-shelters-two-year-columns", (8, 11), "two-year project, NAT-2021, 指标方向 "
         "(正向/反向), 比较符, 中期 and 年度 values and a unit column, all agreeing: a cost "
         "增长率 ≤5, 平均发布时长 ≤, 覆盖率 = 100, 0 起 with = (correct)")  # fmt: skip
def pp16() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 8, 12, 12, 12))
    project_head(
        s, year=2026, years=2, name="自然灾害应急能力提升项目", dept="青岚市应急管理局（115）",
        unit="青岚市应急救援保障中心",
        money=period_money((wan(480), wan(420), wan(60)), (wan(260), wan(230), wan(30))),
        goals=["两年新建（改造）应急避难场所24处，实现街道（乡镇）应急避难场所全覆盖，灾害"
               "预警信息平均发布时长控制在10分钟以内。",
               "2026年新建（改造）应急避难场所14处，开展综合应急演练40场。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "中期指标值",
              "年度指标值", "计量单位")  # fmt: skip
    indicators(s, header, [
        ("产出指标", "数量指标", "新建（改造）应急避难场所", "正向", "≥", 24, 14, "处"),
        (None, None, "综合应急演练场次", "正向", "≥", 80, 40, "场"),
        (None, "质量指标", "应急物资储备达标率", "正向", "≥", 95, 95, "%"),
        (None, "时效指标", "灾害预警信息平均发布时长", "反向", "≤", 10, 10, "分钟"),
        ("成本指标", "经济成本指标", "应急物资储备费用增长率", "反向", "≤", 5, 5, "%"),
        (None, None, "单处避难场所建设（改造）成本", "反向", "≤", 15, 15, "万元/处"),
        ("效益指标", "社会效益指标", "街道（乡镇）应急避难场所覆盖率", "正向", "=", 100, 100,
         "%"),
        (None, None, "因灾群死群伤事件起数", "反向", "=", 0, 0, "起"),
        (None, "可持续影响指标", "应急预案动态修订机制", "定性", None, "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "参训群众满意度", "正向", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("pp18-words-operators-weights", (10, 11), "one-year project, OLD-NAT, 指标性质 as the "
         "operator in words, a unit and a 权重 column adding to 100, a date value, a note row "
         "and a signature line (correct)")  # fmt: skip
def pp18() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 14, 12, 8))
    project_head(
        s, year=2026, name="文化惠民送戏下乡项目", dept="临溪县文化和旅游局（601）",
        unit="临溪县文化馆",
        money=one_year_money(wan(96), wan(80), wan(16)),
        goals=["2026年组织送戏下乡演出120场，覆盖全县14个乡镇，观看群众不少于60000人次。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重")
    indicators(s, header, [
        ("产出指标", "数量指标", "送戏下乡演出场次", "大于等于", 120, "场", 15),
        (None, None, "演出覆盖乡镇数", "大于等于", 14, "个", 10),
        (None, "质量指标", "演出节目内容审查合格率", "大于等于", 98, "%", 10),
        (None, "时效指标", "全年演出任务完成时间", "小于等于", day(2026, 11, 30), None, 10),
        (None, "成本指标", "单场演出补助标准", "小于等于", 0.8, "万元/场", 15),
        ("效益指标", "社会效益指标", "观看演出群众人次", "大于等于", 60000, "人次", 15),
        (None, "可持续影响指标", "培育基层文艺团队数", "大于等于", 10, "支", 10),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", "大于等于", 90, "%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, 100)
    s.row("注：指标性质栏填写比较关系（大于等于、小于等于、等于）；金额单位为万元。",
          merge=[(1, 7)])  # fmt: skip
    sign(s, "杜清和", "任美玲", "0596-83601178")
    return b
