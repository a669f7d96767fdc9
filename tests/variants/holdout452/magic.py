"""Magic troupes (魔术) touring villages: project returns yt07–yt12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout452.common import (
    YEAR,
    indicators,
    note,
    one_year,
    signatures,
    start,
    wan,
)
from tests.variants.holdout452.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "鹤汀市文化广电和旅游局 206"
TROUPE = "鹤汀市星幻魔术艺术团"


@variant("yt07-magic-header-words", (7,),
         "project, OLD-NAT, two-row header with 指标内容, 绩效标准 and a 评价标准 scoring "
         "column (correct)")  # fmt: skip
def yt07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="魔术科普下乡巡演", dept=DEPT, unit=TROUPE,
                 money=one_year(36, 30, 6),
                 goals=["以魔术揭秘演出普及科学知识，帮助农村群众识破骗术。"])  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", "评价标准", merge=[(1, 3)])
    indicators(s, ("一级指标", "二级指标", "指标内容", None, None), [
        ("产出指标", "数量指标", "乡村魔术专场", "≥45场", "每少1场扣1分"),
        (None, None, "魔术科普进校园场次", "≥15场", "每少1场扣1分"),
        (None, "质量指标", "原创揭秘节目占比", "≥30%", "未达到不得分"),
        (None, "时效指标", "巡演完成时间", "11月30日前", "逾期不得分"),
        (None, "成本指标", "单场演出经费", "≤0.6万元/场", "超支不得分"),
        ("效益指标", "社会效益指标", "反诈骗宣讲覆盖人次", "≥12000人次", "按比例得分"),
        (None, "可持续影响指标", "乡村魔术兴趣小组", "≥5个", "每少1个扣2分"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "按调查结果得分"),
    ])  # fmt: skip
    return b


@variant("yt08-magic-second-sheet", (7, 9),
         "project: head on the first sheet, the table on a second sheet under 预期实现值; a "
         "number split by a space, a date left as a serial, a rate given as a count")  # fmt: skip
def yt08() -> Book:
    b, s = start("基本信息")
    split = mk("24.386 5", "X105", "warning", alt=("X103",), note="数字被空格断开，应读作24.3865")
    project_head(s, year=YEAR, name="魔术大篷车进山村", dept=DEPT, unit=TROUPE,
                 money=[("中期资金总额", wan(30.3865), "年度资金总额", wan(30.3865)),
                        ("其中：财政拨款", wan(24.3865), "其中：财政拨款", split),
                        ("其他资金", wan(6), "其他资金", wan(6))],
                 goals=["以魔术大篷车走进山村，为留守老人和儿童送去演出。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 28, 16))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    serial = mk("46326", "X104", "warning", note="文本中的日期序列号，即2026年10月31日")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "山村魔术演出场次", "≥50场"),
        (None, "质量指标", "偏远村屯覆盖率",
         mk("18个", "T105", "error", note="覆盖率是比率，却填了个数")),
        (None, "时效指标", "大篷车巡演完成时限", serial),
        (None, "成本指标", "单场演出成本", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "留守老人儿童观演人次", "≥15000人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yt09-magic-tier-labels", (5,),
         "project, NAT-2021, tier labels numbered, with points, marks (*, ★) and abbreviated "
         "(correct)")  # fmt: skip
def yt09() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="“魔幻乡村夜”惠民演出", dept=DEPT, unit=TROUPE,
                 money=one_year(42, 35, 7),
                 goals=["在乡村文化广场举办魔术晚会，活跃农村夜间文化生活。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（50分）", "（一）数量指标", "乡村魔术晚会场次", "≥35场"),
        (None, "（二）质量", "节目内容审核通过率", "=100%"),
        (None, "（三）时效指标", "晚会季完成时间", "9月30日前"),
        ("二、成本指标（10分）", "1.经济成本指标", "单场晚会成本", "≤1.2万元/场"),
        ("三、效益指标（30分）", "*社会效益指标", "晚会观众人次", "≥21000人次"),
        (None, "★可持续影响", "常态化演出的文化广场", "≥8个"),
        ("四、满意度指标（10分）", "服务对象满意度", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yt10-magic-wrong-parent", (5,),
         "project, NAT-2021, numbered labels: one tier-2 under the wrong tier-1 and a capped "
         "rate above 100 %")  # fmt: skip
def yt10() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="魔术传承人乡村授艺", dept=DEPT, unit=TROUPE,
                 money=one_year(20, 20, 0),
                 goals=["组织魔术传承人下乡授艺并汇报演出，培养乡村魔术爱好者。"])  # fmt: skip
    wrong = mk("（二）社会效益指标", "F105", "error", note="社会效益指标应属效益指标")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "（一）数量指标", "授艺课时", "≥200课时"),
        (None, None, "汇报演出场次", "≥10场"),
        (None, wrong, "带动村民参与人次", "≥3000人次"),
        (None, "（三）质量指标", "学员结业考核合格率",
         mk(">100%", "T106", "error", note="合格率上限为100%")),
        (None, "（四）时效指标", "授艺完成时间", "10月31日前"),
        ("二、成本指标", "（一）经济成本指标", "每课时授课补贴", "≤0.05万元/课时"),
        ("三、效益指标", "（一）可持续影响指标", "培养乡村魔术爱好者", "≥60人"),
        ("四、满意度指标", "（一）服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yt11-magic-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template with no "
         "indicator, a value without a name")  # fmt: skip
def yt11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="魔术小剧场乡镇驻演", dept=DEPT, unit=TROUPE,
                 money=one_year(30, 25, 5),
                 goals=["在3个中心镇设魔术小剧场驻演，方便周边村民就近观演。"])  # fmt: skip
    empty = "模板留下的二级指标，没有三级指标和指标值"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "小剧场驻演场次", "≥100场"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有指标名称"), "3个"),
        (None, "质量指标", "剧场消防检查合格率", "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note=empty), None, None),
        ("成本指标", "经济成本指标", "单场驻演成本", "≤0.3万元/场"),
        ("效益指标", "社会效益指标", "周边村民观演人次", "≥20000人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=empty), None, None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yt12-magic-notes", (4,),
         "project, OLD-NAT, operators in words and a unit column; an instruction row inside the "
         "table, footnotes, 填表说明, signature and date lines below (correct)")  # fmt: skip
def yt12() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="春节魔术庙会展演", dept=DEPT, unit=TROUPE,
                 money=one_year(15, 12, 3),
                 goals=["春节期间在乡镇庙会展演魔术，营造喜庆祥和的节日氛围。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "庙会魔术展演场次", "大于等于", 30, "场"),
        (None, "质量指标", "节目安全审查通过率", "等于", pct(1), "%"),
        (None, "时效指标", "单场搭台准备时间", "小于等于", 2, "小时"),
        (None, "成本指标", "单场展演成本", "小于等于", 0.5, "万元/场"),
    ])  # fmt: skip
    note(s, "（以下效益、满意度指标按庙会现场问卷统计，请勿删除）")
    s.table([
        ("效益指标", "社会效益指标", "庙会观演人次", "大于等于", 24000, "人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "大于等于", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.观演人次按各庙会现场计数汇总；2.成本含道具运输和演职人员补助。")
    note(s, "填表说明：指标值填数字，比较符和计量单位分列填写。")
    signatures(s, "覃晓岚", "0772-5184936", (YEAR - 1, 12, 22))
    return b
