"""Returns of 挂面 (hand-pulled dried noodle) workshop projects: cm01–cm06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout549.common import (
    YEAR,
    book,
    details,
    funds,
    indicators,
    notes,
    signature,
)
from tests.variants.holdout549.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "柘岭县农业农村局（317004）"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("cm01-noodle-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format, "
         "a 下降率 with ≥ and 0起 on an incident count (correct)")  # fmt: skip
def cm01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="手工挂面作坊提质改造补助", dept=DEPT,
                 unit="柘岭县乡村产业服务中心", money=funds((86, 60, 26)),
                 goals=("补助12家挂面作坊改造和面间与防尘晾晒棚，提高挂面品质。",))  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "改造挂面作坊数", "≥", 12, "家"),
        (None, None, "新建防尘晾晒棚面积", "≥", 1800, "平方米"),
        (None, "质量指标", "挂面产品抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "作坊改造验收合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "补助资金拨付时限", "≤", 30, "个工作日"),
        (None, "成本指标", "每家作坊改造补助标准", "≤", 6.5, "万元/家"),
        (None, None, "晾晒棚建设单价", "≤", 40, "元/平方米"),
        ("效益指标", "经济效益指标", "参与作坊户均年增收", "≥", 0.8, "万元"),
        (None, "社会效益指标", "带动农户就业人数", "≥", 60, "人"),
        (None, None, "作坊食品安全事故发生数", "≤", 0, "起"),
        (None, None, "挂面盐分超标批次下降率", "≥", pct(0.2), "%"),
        (None, "可持续影响指标", "手工挂面技艺传承人数", "≥", 15, "人"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "岑晓梅", "0917-5528316")
    return b


@variant("cm02-noodle-rate-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns, percent cells: a 合格率 over 100 % and a "
         "超标率 (反向) with ≥")  # fmt: skip
def cm02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="挂面加工小作坊规范化建设", dept=DEPT,
                 unit="柘岭县市场监管所", money=funds((54, 54, 0)),
                 goals=("规范全县挂面小作坊30家，配齐检测设备，挂面抽检全部合格。",))  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "规范化挂面小作坊数", "≥", 30, "家"),
        (None, None, "配备快速检测设备套数", "≥", 30, "套"),
        (None, "质量指标", "挂面产品抽检合格率", "≥",
         mk(pct(1.02), "T106", "error", note="a 合格率 cannot exceed 100 %"), "%"),
        (None, None, "挂面含盐量超标率",
         mk("≥", "T108", "warning", row=True, note="超标率 is 反向: ≤ meant"), pct(0.03), "%"),
        (None, "时效指标", "作坊规范化验收完成时间", "≤", day(YEAR, 11, 30, CN_DATE), "日期"),
        (None, "成本指标", "每套检测设备购置单价", "≤", 1.5, "万元/套"),
        ("效益指标", "社会效益指标", "挂面食品安全投诉件数", "≤", 5, "件"),
        (None, "可持续影响指标", "作坊自检制度建立率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "覃立伟", "0917-5523074")
    return b


POINT_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("cm03-noodle-points", (5, 10),
         "project, NAT-2021, numbered tier labels, tier-1 score column and indicator scores both "
         "adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def cm03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="手工挂面示范作坊培育", dept=DEPT,
                 unit="柘岭县乡村产业服务中心", money=funds((50, 50, 0)),
                 goals=("培育8家挂面示范作坊，培训手艺人240人次。",))  # fmt: skip
    indicators(s, POINT_HEAD, [
        ("一、产出指标", 40, "（一）数量指标", "1.扶持挂面示范作坊数", "≥8家", 10),
        (None, None, None, "2.手工挂面技艺培训人次", "≥240人次", 10),
        (None, None, "（二）质量指标", "3.培训学员考核合格率", "≥90%", 10),
        (None, None, "（三）时效指标", "4.示范作坊挂牌完成时间", "2025年9月30日前", 10),
        ("二、成本指标", 20, "（一）经济成本指标", "5.示范作坊每家扶持标准", "≤5万元/家", 12),
        (None, None, None, "6.技艺培训人均成本", "≤300元/人次", 8),
        ("三、效益指标", 30, "（一）经济效益指标", "7.示范作坊挂面优等品率提高", "≥5百分点", 10),
        (None, None, None, "8.示范作坊年销售额增长率", "≥10%", 10),
        (None, None, "（二）社会效益指标", "9.带动周边农户务工人数", "≥50人", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "10.参训学员满意度", "≥92%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, ["注：一级指标分值为其下三级指标分值之和，总分按100分计。"])
    signature(s, "岑晓梅", "0917-5528316")
    return b


@variant("cm04-noodle-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column: the 产出 score does not match the indicator "
         "scores under it, a 满意度 given as a count")  # fmt: skip
def cm04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="挂面晾晒场地提升改造", dept=DEPT,
                 unit="柘岭县枫渚乡人民政府", money=funds((40, 32, 8)),
                 goals=("改造枫渚乡挂面集中晾晒场地2处，新增晾晒架400组。",))  # fmt: skip
    indicators(s, POINT_HEAD, [
        ("产出指标",
         mk(40, "W103", "error", alt=("W101",), note="10 + 10 + 15 = 35 under a declared 40"),
         "数量指标", "改造集中晾晒场地数", "≥2处", 10),
        (None, None, None, "新增不锈钢晾晒架组数", "≥400组", 10),
        (None, None, "质量指标", "晾晒场地竣工验收合格率", "≥95%", 15),
        ("成本指标", 20, "经济成本指标", "晾晒架每组购置成本", "≤500元/组", 20),
        ("效益指标", 30, "经济效益指标", "晾晒环节挂面损耗率下降", "≥3百分点", 15),
        (None, None, "社会效益指标", "受益挂面加工户数", "≥85户", 15),
        ("满意度指标", 10, "服务对象满意度指标", "加工户满意度",
         mk("≥80人", "T105", "error", note="a 满意度 given as a head count"), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "龙佩瑶", "0917-5520469")
    return b


VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("cm05-noodle-artefacts", (9, 12),
         "project, OLD-NAT, one value column, detail lines below the table: a number split by a "
         "space, an amount pasted twice")  # fmt: skip
def cm05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="挂面作坊和面压面设备更新", dept=DEPT,
                 unit="柘岭县乡村产业服务中心", money=funds((42.56, 30, 12.56)),
                 goals=("为20家挂面作坊更新和面机、压面机，降低劳动强度，提高产能。",))  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "更新和面机台数", "≥20台"),
        (None, None, "更新压面机台数", "≥20台"),
        (None, "质量指标", "设备安装调试合格率", "≥98%"),
        (None, "时效指标", "设备交付使用时间", "2025年6月30日前"),
        (None, "成本指标", "和面压面设备每套采购价", "≤1.2万元/套"),
        ("效益指标", "经济效益指标", "作坊日均挂面产能提高", "≥150公斤"),
        (None, "社会效益指标", "减少作坊手工和面工时", "≥2小时/日"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [
        ("和面机、压面机购置（20套）", 24.0),
        ("晾晒架及挂面杆", mk("8.5 6", "X105", "warning", alt=("X103",),
                            note="a number split by a space, read as 8.56")),
        ("包装封口设备", mk("8万8万(含运费)", "X106", "error", alt=("B108",),
                          note="the amount pasted twice, meant 8")),
        ("设备操作培训", 2.0),
    ], 42.56)  # fmt: skip
    b.file_mark("B102", "error", required=False, note="a consequence of the two artefacts")
    signature(s, "覃立伟", "0917-5523074")
    return b


@variant("cm06-noodle-notes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, the header "
         "repeated after a page break, 注, 填表说明 and signature lines (correct)")  # fmt: skip
def cm06() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="挂面产业品牌宣传推介", dept=DEPT,
                 unit="柘岭县农产品流通协会", money=funds((18, 15, 3)),
                 goals=("举办挂面推介活动3场，开设线上店铺，扩大“柘岭挂面”知名度。",))  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "举办挂面文化推介活动场次", "≥3场"),
        (None, None, "开设线上销售店铺数", "≥2个"),
        (None, "质量指标", "推介产品抽检合格率", "=100%"),
        (None, "时效指标", "首场推介活动举办时间", "2025年5月31日前"),
        (None, "成本指标", "每场推介活动费用", "≤4万元"),
    ])  # fmt: skip
    s.row("（以下效益、满意度指标由项目单位按实际填写，不得删减）", merge=[(1, 4)])
    s.skip()
    indicators(s, VALUE_HEAD, [
        ("效益指标", "经济效益指标", "线上挂面销售额增长率", "≥15%"),
        (None, "社会效益指标", "推介活动参与人次", "≥3000人次"),
        (None, "可持续影响指标", "区域公用品牌授权作坊数", "≥10家"),
        ("满意度指标", "服务对象满意度指标", "参展作坊满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, ["注：推介活动费用含场地、布展和宣传品，3场合计12万元，其余用于线上店铺运营。",
              "填表说明：指标值须写明比较符和计量单位；定性指标按“好、较好、一般、差”填写。"],
          width=4)  # fmt: skip
    signature(s, "岑晓梅", "0917-5528316", day(YEAR - 1, 12, 2, CN_DATE))
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
    return b
